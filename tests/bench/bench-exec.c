/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-exec.c: run a program, telling it when it was started
 *
 * bench-exec PROGRAM [ARGS…] puts the CLOCK_BOOTTIME time, in nanoseconds,
 * in CR_BENCH_EXEC_NS and execs PROGRAM at once, so that app/ui/cr-bench.c
 * can count from the exec call to the microsecond rather than from the
 * kernel's start time of the process, which is kept in clock ticks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int
main (int   argc,
      char *argv[])
{
  struct timespec now;
  char value[32];

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s PROGRAM [ARGS...]\n", argv[0]);
      return 2;
    }

  clock_gettime (CLOCK_BOOTTIME, &now);
  snprintf (value, sizeof value, "%lld", (long long) now.tv_sec * 1000000000LL + now.tv_nsec);
  setenv ("CR_BENCH_EXEC_NS", value, 1);

  execvp (argv[1], argv + 1);
  perror (argv[1]);

  return 127;
}
