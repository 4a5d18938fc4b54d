/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-test-profiles.h: the people the scorer must read as a careful reader
 * of the article would
 *
 * data/profile-readings.md shows the same profiles to users; the
 * profile-readings test checks that the two agree.
 */
#pragma once

#include "cr-answers.h"
#include "cr-questionnaire.h"
#include "cr-test-utils.h"

typedef struct
{
  const char *path;
  const char *answers;
  /* The role a careful reader gives; NULL for no verdict. */
  const char *role;
  /* 1: must be a close call, 0: must not be, -1: either. */
  int         close_call;
  /* Where the article allows two readings: the other one. The verdict is
   * then either role, the result a close call between the two. */
  const char *other_reading;
  /* Why, from the article. */
  const char *why;
} CrTestProfile;

#define INFLUENCER "influencer"
#define AMBASSADOR "ambassador"
#define CONTRACTED "contracted-ambassador"

/* The four profiles of RUBRIC.md first, in its order; then in-between
 * people drawn from the article; then sheets left partly unanswered. */
static const CrTestProfile cr_test_profiles[] = {
  { "full-time-creator",
    "compensation=per-campaign agreement=per-campaign brands=many exclusivity=yes "
    "audience=100k-1m content=create customer=no effort=job notoriety=niche "
    "platforms=instagram,youtube,blog",
    INFLUENCER, 0, NULL,
    "Paid for the content they create for many brands, as a job, followed for their skills: "
    "the article's influencer line by line." },
  { "loyal-fan",
    "compensation=none agreement=none brands=one exclusivity=never audience=under-1k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no platforms=x",
    AMBASSADOR, 0, NULL,
    "A satisfied, loyal customer who relays one brand's news, unpaid and bound by nothing: "
    "the social-media ambassador." },
  { "face-of-the-brand",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=over-1m "
    "content=create customer=yes-loyal effort=part-time notoriety=public-figure "
    "platforms=instagram",
    CONTRACTED, 0, NULL,
    "A famous person signed and paid to represent one brand, loyal to it alone: the brand's "
    "face." },
  { "no-brand-at-all",
    "compensation=none agreement=none brands=none exclusivity=yes audience=100k-1m "
    "content=create customer=no effort=job notoriety=niche platforms=youtube,blog",
    "none", 0, NULL,
    "Every role is a relationship with a brand; with none there is no role yet, however big "
    "the audience." },

  /* No brand, whatever else. */
  { "no-brand-but-famous",
    "compensation=none agreement=none brands=none exclusivity=never audience=over-1m "
    "content=relay customer=yes-loyal effort=occasional notoriety=public-figure",
    "none", 0, NULL,
    "Fame makes a brand's face only once a brand signs; promoting no brand, a star is no one's "
    "ambassador." },
  { "creator-before-any-deal",
    "compensation=none agreement=none brands=none exclusivity=depends audience=10k-100k "
    "content=create customer=sometimes effort=job notoriety=niche platforms=youtube,tiktok",
    "none", 0, NULL,
    "The article's influencer collaborates with brands; a creator who has no brand yet does "
    "not." },

  /* Paid in gifts. */
  { "micro-influencer-paid-in-gifts",
    "compensation=gifts agreement=none brands=few exclusivity=depends audience=1k-10k "
    "content=create customer=sometimes effort=part-time notoriety=niche "
    "platforms=instagram,tiktok",
    INFLUENCER, -1, NULL,
    "Testing products for several brands and creating content on them, followed for a skill, "
    "is influencer work, even paid only in products." },
  { "gift-collector",
    "compensation=gifts agreement=none brands=few exclusivity=yes audience=1k-10k "
    "content=create customer=no effort=part-time notoriety=no platforms=instagram,tiktok",
    INFLUENCER, -1, NULL,
    "Promoting whatever a few brands send, with no loyalty to any, is the opposite of the "
    "ambassador's commitment to one brand." },
  { "gifted-micro-creator",
    "compensation=gifts agreement=none brands=many exclusivity=yes audience=1k-10k "
    "content=create customer=sometimes effort=part-time notoriety=niche "
    "platforms=instagram,tiktok",
    INFLUENCER, 0, NULL,
    "Content of one's own for many different brands is what the article says influencers "
    "make." },
  { "casual-gift-collector",
    "compensation=gifts agreement=none brands=few exclusivity=depends audience=under-1k "
    "content=mixed customer=no effort=occasional notoriety=no platforms=instagram",
    AMBASSADOR, -1, NULL,
    "Unpaid beyond gifts, bound by nothing, small and occasional: an ambassador on most "
    "lines, though loyal to no brand, which the result names as the sign against." },
  { "gifted-loyal-customer",
    "compensation=gifts agreement=none brands=one exclusivity=never audience=1k-10k "
    "content=create customer=yes-loyal effort=occasional notoriety=no platforms=instagram",
    AMBASSADOR, -1, NULL,
    "A loyal customer of one brand, rewarded in products and bound by nothing, is the "
    "social-media ambassador, even when the posts are the fan's own." },
  { "brand-superfan-with-perks",
    "compensation=gifts agreement=none brands=one exclusivity=never audience=under-1k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no platforms=facebook",
    AMBASSADOR, 0, NULL,
    "Sharing a loved brand's posts now and then for a few perks is the ambassador's relay." },

  /* Unpaid. */
  { "employee-advocate",
    "compensation=none agreement=none brands=one exclusivity=never audience=1k-10k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no platforms=linkedin,facebook",
    AMBASSADOR, 0, NULL,
    "The article wants community managers to be ambassadors for their brand: an unpaid, "
    "loyal relay of one company." },
  { "famous-unpaid-fan",
    "compensation=none agreement=none brands=one exclusivity=never audience=over-1m "
    "content=relay customer=yes-loyal effort=occasional notoriety=public-figure platforms=x",
    AMBASSADOR, -1, NULL,
    "A star who relays a loved brand unpaid and unsigned is its social-media ambassador: only "
    "an agreement makes a face." },
  { "retweeting-fan-of-several",
    "compensation=none agreement=none brands=few exclusivity=depends audience=under-1k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no platforms=x",
    AMBASSADOR, -1, NULL,
    "Relaying, unpaid and satisfied, is the ambassador's way, though committed to one brand "
    "and not several would fit better." },
  { "unpaid-expert-of-one-brand",
    "compensation=none agreement=none brands=one exclusivity=never audience=10k-100k "
    "content=create customer=yes-loyal effort=part-time notoriety=niche platforms=youtube",
    AMBASSADOR, -1, NULL,
    "Unpaid, unbound and loyal to one brand is an ambassador, here one with an influencer's "
    "skills and audience." },
  { "hobby-reviewer",
    "compensation=none agreement=none brands=few exclusivity=depends audience=under-1k "
    "content=create customer=yes-loyal effort=occasional notoriety=no platforms=blog",
    AMBASSADOR, -1, NULL,
    "A satisfied customer writing about a few brands in spare time, unpaid, to a small "
    "audience, is closer to the ambassador than to the influencer's job." },
  { "unpaid-reviewer",
    "compensation=none agreement=none brands=many exclusivity=yes audience=10k-100k "
    "content=create customer=sometimes effort=job notoriety=niche platforms=blog,youtube",
    INFLUENCER, -1, NULL,
    "Reviewing many brands as a job, followed for skills, is influencer work; pay is the one "
    "line missing." },

  /* Paid, yet fans. */
  { "fan-or-creator",
    "compensation=gifts agreement=none brands=few exclusivity=depends audience=1k-10k "
    "content=mixed customer=yes-loyal effort=part-time notoriety=no platforms=instagram,x",
    AMBASSADOR, -1, NULL,
    "Unpaid beyond gifts, bound by nothing and a loyal customer, this is an ambassador, though "
    "of a few brands." },
  { "fan-taking-deals",
    "compensation=gifts agreement=per-campaign brands=one exclusivity=never audience=1k-10k "
    "content=mixed customer=yes-loyal effort=part-time notoriety=no platforms=instagram",
    AMBASSADOR, -1, NULL,
    "Committed and loyal to one brand and paid in products only, an ambassador, whose "
    "campaign agreements are the influencer's mark." },
  { "affiliate-fan",
    "compensation=per-campaign agreement=none brands=one exclusivity=never audience=1k-10k "
    "content=mixed customer=yes-loyal effort=occasional notoriety=no platforms=facebook",
    AMBASSADOR, -1, NULL,
    "A loyal customer relaying one brand, bound by nothing, is its ambassador; the commission "
    "is the one influencer sign." },

  /* Paid per campaign. */
  { "agency-youtuber",
    "compensation=per-campaign agreement=per-campaign brands=few exclusivity=depends "
    "audience=10k-100k content=create customer=sometimes effort=part-time notoriety=niche "
    "platforms=youtube",
    INFLUENCER, 0, NULL,
    "Brands reach influencers through agencies, one paid collaboration at a time." },
  { "streamer",
    "compensation=per-campaign agreement=per-campaign brands=few exclusivity=depends "
    "audience=10k-100k content=create customer=sometimes effort=job notoriety=niche "
    "platforms=twitch,youtube",
    INFLUENCER, 0, NULL,
    "Creating content as a full-time job, paid per sponsorship, is the influencer's real job." },
  { "podcaster",
    "compensation=per-campaign agreement=per-campaign brands=many exclusivity=yes "
    "audience=10k-100k content=create customer=sometimes effort=part-time notoriety=niche "
    "platforms=other",
    INFLUENCER, 0, NULL,
    "Paid reads for many brands to a community that follows a host's expertise: an "
    "influencer." },
  { "ugc-creator",
    "compensation=per-campaign agreement=per-campaign brands=many exclusivity=yes "
    "audience=under-1k content=create customer=no effort=job notoriety=no "
    "platforms=tiktok,instagram",
    INFLUENCER, -1, NULL,
    "Paid to create content for many brands as a job, small audience or not, is influencer "
    "work." },
  { "affiliate-marketer",
    "compensation=per-campaign agreement=per-campaign brands=many exclusivity=yes "
    "audience=10k-100k content=create customer=sometimes effort=job notoriety=niche "
    "platforms=blog,youtube",
    INFLUENCER, 0, NULL,
    "A blog and videos for many brands' products, paid for each, as a job: the influencer's "
    "ecosystem." },
  { "star-for-hire",
    "compensation=per-campaign agreement=per-campaign brands=many exclusivity=yes "
    "audience=over-1m content=create customer=no effort=part-time notoriety=public-figure "
    "platforms=instagram,tiktok",
    INFLUENCER, -1, NULL,
    "A star paid campaign by campaign by many brands, committed to none, is no brand's face: "
    "the article's face stays with one." },
  { "celebrity-relaying-paid-posts",
    "compensation=per-campaign agreement=per-campaign brands=many exclusivity=yes "
    "audience=over-1m content=relay customer=no effort=occasional notoriety=public-figure "
    "platforms=x,instagram",
    INFLUENCER, -1, NULL,
    "Paid per post by many brands, loyal to none, is the influencer's deal, even when the "
    "posts are relayed." },
  { "paid-loyal-blogger",
    "compensation=per-campaign agreement=per-campaign brands=one exclusivity=never "
    "audience=10k-100k content=create customer=yes-loyal effort=part-time notoriety=niche "
    "platforms=blog",
    INFLUENCER, -1, NULL,
    "Paid per article and followed for her skills, an influencer, if one with a single "
    "client; without fame or a long-term agreement she is not its face." },
  { "luxury-house-star",
    "compensation=per-campaign agreement=per-campaign brands=one exclusivity=never "
    "audience=over-1m content=create customer=yes-loyal effort=part-time notoriety=public-figure "
    "platforms=instagram",
    CONTRACTED, -1, NULL,
    "Many stars play the role of the face: hired campaign after campaign by one house, loyal "
    "and exclusive, she is its face, though the deal is an influencer's." },

  /* Under a long-term agreement. */
  { "athlete-paid-per-event",
    "compensation=per-campaign agreement=long-term brands=one exclusivity=never "
    "audience=100k-1m content=mixed customer=yes-loyal effort=part-time notoriety=public-figure "
    "platforms=instagram",
    CONTRACTED, 0, NULL,
    "A public figure signed to represent one sponsor, loyal to it in its field: sport is one "
    "of the face's worlds." },
  { "local-face",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=1k-10k "
    "content=mixed customer=yes-loyal effort=part-time notoriety=no platforms=instagram",
    CONTRACTED, -1, NULL,
    "Signed and paid under contract to represent one brand: a face, if a local one, the "
    "article's intense notoriety being only the general case." },
  { "influencer-turned-face",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=100k-1m "
    "content=create customer=yes-loyal effort=job notoriety=niche "
    "platforms=youtube,instagram",
    CONTRACTED, -1, NULL,
    "An influencer who signed with one brand and left the others is the ambassador who is "
    "influential at the same time, the face." },
  { "sponsored-athlete",
    "compensation=retainer agreement=long-term brands=few exclusivity=never audience=over-1m "
    "content=create customer=yes-loyal effort=part-time notoriety=public-figure "
    "platforms=instagram,tiktok",
    CONTRACTED, 0, NULL,
    "A star under a sponsor's contract, who never works for its rivals: the face, with a few "
    "partners in other fields." },
  { "celebrity-relaying-sponsor",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=over-1m "
    "content=relay customer=yes-loyal effort=occasional notoriety=public-figure platforms=x",
    CONTRACTED, 0, NULL,
    "A celebrity signed and paid by one brand is its face, even when only sharing its "
    "posts." },
  { "influencer-with-a-retainer",
    "compensation=retainer agreement=long-term brands=few exclusivity=depends audience=100k-1m "
    "content=create customer=sometimes effort=job notoriety=niche platforms=youtube",
    INFLUENCER, -1, NULL,
    "A full-time creator for a few brands, who would work for their rivals, stays an "
    "influencer with one brand's long-term fee: a face is loyal to one brand alone." },
  { "presenter-with-many-deals",
    "compensation=retainer agreement=long-term brands=many exclusivity=depends "
    "audience=over-1m content=create customer=sometimes effort=part-time "
    "notoriety=public-figure platforms=instagram",
    CONTRACTED, 1, INFLUENCER,
    "A famous presenter signed by one brand yet promoting many: a face by fame and contract, "
    "an influencer by being committed to none." },
  { "paid-programme-member",
    "compensation=per-campaign agreement=long-term brands=one exclusivity=never "
    "audience=1k-10k content=mixed customer=yes-loyal effort=occasional notoriety=no "
    "platforms=instagram",
    CONTRACTED, 1, AMBASSADOR,
    "Paid and signed with one brand like its face, yet a small, loyal, occasional fan like "
    "its social-media ambassador: the article's two senses of ambassador meet." },
  { "gifted-programme-member",
    "compensation=gifts agreement=long-term brands=one exclusivity=never audience=1k-10k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no "
    "platforms=instagram,facebook",
    AMBASSADOR, -1, NULL,
    "A member of a brand's programme who relays it for products is its social-media "
    "ambassador; the agreement alone does not make a face." },
  { "paid-small-relayer",
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=under-1k "
    "content=relay customer=yes-loyal effort=occasional notoriety=no platforms=x",
    CONTRACTED, 1, AMBASSADOR,
    "Paid under a long-term agreement like a face, but a small relay of one brand like a "
    "social-media ambassador: either reading." },

  /* Sheets left partly unanswered. */
  { "contract-only",
    "compensation=retainer agreement=long-term",
    CONTRACTED, 0, NULL,
    "A fee under a long-term agreement to represent one brand is already the face's contract." },
  { "one-brand-only",
    "brands=one",
    AMBASSADOR, 1, CONTRACTED,
    "Promoting one brand is what both kinds of ambassador do: nothing else tells them apart." },
  { "fan-who-skipped-pay",
    "agreement=none brands=one exclusivity=never content=relay customer=yes-loyal",
    AMBASSADOR, 0, NULL,
    "Bound by nothing, loyal to one brand and relaying it: an ambassador, whatever the "
    "unanswered pay." },
  { "nothing-decisive",
    "audience=over-1m notoriety=public-figure content=create",
    NULL, 0, NULL,
    "Fame and content say nothing of a tie to a brand: pay, agreement or brands must be "
    "answered first." },
  { "nothing-answered", "", NULL, 0, NULL,
    "Nothing answered, nothing to judge." },
};

/* The answers (cr_test_answers_new()'s spec) of the profile @path. */
static inline const char *
cr_test_profile_answers (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    if (g_str_equal (cr_test_profiles[i].path, path))
      return cr_test_profiles[i].answers;

  g_error ("no profile %s", path);
}

/* Whether @role_id (NULL: no verdict) is a verdict a careful reader of the
 * article gives @profile. */
static inline gboolean
cr_test_profile_accepts (const CrTestProfile *profile,
                         const char          *role_id)
{
  return g_strcmp0 (role_id, profile->role) == 0 ||
         (profile->other_reading != NULL && g_strcmp0 (role_id, profile->other_reading) == 0);
}
