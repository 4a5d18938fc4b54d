/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-test-profiles.h: people to score, with the verdict a careful reader
 * of the article gives them */
#pragma once

#include "cr-answers.h"
#include "cr-questionnaire.h"
#include "cr-test-utils.h"

typedef struct
{
  const char *path;
  const char *answers;
  const char *role;
  /* 1: must be a close call, 0: must not be, -1: either */
  int         close_call;
} CrTestProfile;

/* The four profiles of RUBRIC.md, then in-between people drawn from the
 * article. */
static const CrTestProfile cr_test_profiles[] = {
  { "full-time-creator",
    "compensation=per-campaign agreement=per-campaign brands=many exclusivity=yes "
    "audience=100k-1m content=create customer=no effort=job notoriety=niche "
    "platforms=instagram,youtube,blog",
    "influencer", 0 },
  { "loyal-fan",
    "compensation=none agreement=none brands=one exclusivity=never audience=under-1k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no platforms=x",
    "ambassador", 0 },
  { "face-of-the-brand",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=over-1m "
    "content=create customer=yes-loyal effort=part-time notoriety=public-figure "
    "platforms=instagram",
    "contracted-ambassador", 0 },
  { "no-brand-at-all",
    "compensation=none agreement=none brands=none exclusivity=yes audience=100k-1m "
    "content=create customer=no effort=job notoriety=niche platforms=youtube,blog",
    "none", 0 },
  /* The no-brand rule holds whatever else is answered, even answers that
   * would otherwise point to the face of a brand. */
  { "no-brand-but-famous",
    "compensation=none agreement=none brands=none exclusivity=never audience=over-1m "
    "content=relay customer=yes-loyal effort=occasional notoriety=public-figure",
    "none", 0 },
  /* Paid in free products by a few brands, creating content, still small. */
  { "micro-influencer-paid-in-gifts",
    "compensation=gifts agreement=none brands=few exclusivity=depends audience=1k-10k "
    "content=create customer=sometimes effort=part-time notoriety=niche "
    "platforms=instagram,tiktok",
    "influencer", -1 },
  /* Sent gifts by the one brand she loves, posts about it now and then. */
  { "gifted-loyal-customer",
    "compensation=gifts agreement=none brands=one exclusivity=never audience=1k-10k "
    "content=create customer=yes-loyal effort=occasional notoriety=no platforms=instagram",
    "ambassador", 0 },
  /* An employee vouching for the company on LinkedIn. */
  { "employee-advocate",
    "compensation=none agreement=none brands=one exclusivity=never audience=1k-10k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no platforms=linkedin,facebook",
    "ambassador", 0 },
  /* A star who loves a brand but has signed nothing and is paid nothing:
   * the social-media ambassador, however famous. */
  { "famous-unpaid-fan",
    "compensation=none agreement=none brands=one exclusivity=never audience=over-1m "
    "content=relay customer=yes-loyal effort=occasional notoriety=public-figure platforms=x",
    "ambassador", 0 },
  /* A star paid campaign by campaign by many brands is not anyone's face. */
  { "star-for-hire",
    "compensation=per-campaign agreement=per-campaign brands=many exclusivity=yes "
    "audience=over-1m content=create customer=no effort=part-time notoriety=public-figure "
    "platforms=instagram,tiktok",
    "influencer", 0 },
  /* A small creator under a long-term paid agreement with one local brand. */
  { "local-face",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=1k-10k "
    "content=mixed customer=yes-loyal effort=part-time notoriety=no platforms=instagram",
    "contracted-ambassador", 0 },
  /* An influencer who signed a long-term deal with one brand: once signed,
   * the agreement and the fee make the brand's face, even with an
   * influencer's job and skills behind it. */
  { "influencer-turned-face",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=100k-1m "
    "content=create customer=yes-loyal effort=job notoriety=niche platforms=youtube,instagram",
    "contracted-ambassador", 0 },
  /* A full-time creator with a long-term fee from one brand who still takes
   * other brands' work: the article's ambassador who is influential at the
   * same time, a close call either way. */
  { "influencer-with-a-retainer",
    "compensation=retainer agreement=long-term brands=few exclusivity=depends audience=100k-1m "
    "content=create customer=sometimes effort=job notoriety=niche platforms=youtube",
    "influencer", 1 },
  /* Unpaid, no agreements, but reviewing many brands' products as a job:
   * an influencer in the making. */
  { "unpaid-reviewer",
    "compensation=none agreement=none brands=many exclusivity=yes audience=10k-100k "
    "content=create customer=sometimes effort=job notoriety=niche platforms=blog,youtube",
    "influencer", 0 },
  /* Agency campaigns for two or three brands, a mid-size YouTube channel. */
  { "agency-youtuber",
    "compensation=per-campaign agreement=per-campaign brands=few exclusivity=depends "
    "audience=10k-100k content=create customer=sometimes effort=part-time notoriety=niche "
    "platforms=youtube",
    "influencer", 0 },
  /* Between a fan and a creator: gifts, a couple of brands, shares and
   * posts, but no pay and no agreement, so still an ambassador. */
  { "fan-or-creator",
    "compensation=gifts agreement=none brands=few exclusivity=depends audience=1k-10k "
    "content=mixed customer=yes-loyal effort=part-time notoriety=no platforms=instagram,x",
    "ambassador", 0 },
  /* A loyal customer of one brand who has started taking campaign deals in
   * return for products: influencer work, with a fan's loyalty, close. */
  { "fan-taking-deals",
    "compensation=gifts agreement=per-campaign brands=one exclusivity=never audience=1k-10k "
    "content=mixed customer=yes-loyal effort=part-time notoriety=no platforms=instagram",
    "influencer", 1 },
  /* An athlete with a sponsor's long-term contract who also takes a few
   * paid campaigns: still the sponsor's face. */
  { "sponsored-athlete",
    "compensation=retainer agreement=long-term brands=few exclusivity=never audience=over-1m "
    "content=create customer=yes-loyal effort=part-time notoriety=public-figure "
    "platforms=instagram,tiktok",
    "contracted-ambassador", 0 },
  /* Paid a regular fee under a long-term agreement with one brand, though
   * small and only sharing its posts: pay and the agreement decide, as
   * the article says they do, over the lesser signs of a fan. */
  { "paid-small-relayer",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=under-1k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no platforms=x",
    "contracted-ambassador", 1 },
  /* Only the first two questions answered: the contract already shows. */
  { "contract-only",
    "compensation=retainer agreement=long-term",
    "contracted-ambassador", 0 },
  /* Nothing answered: nothing to go on. */
  { "nothing-answered", "", "none", 0 },
  /* A blogger paid per article but fond of the one brand she writes for. */
  { "paid-loyal-blogger",
    "compensation=per-campaign agreement=per-campaign brands=one exclusivity=never "
    "audience=10k-100k content=create customer=yes-loyal effort=part-time notoriety=niche "
    "platforms=blog",
    "influencer", -1 },
};
