/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-questionnaire.c: the questionnaire as one table of data
 *
 * Every weight below encodes one point of the article on influencers and
 * ambassadors; the reason beside it says which, in a sentence of our own.
 * Weights are given as { influencer, ambassador, contracted ambassador }.
 * Pay and agreements weigh double: the article makes them the plainest line
 * between the roles (an ambassador in the social-media sense is unpaid and
 * bound by nothing; the brand's face is paid under an agreement), so that
 * no pile of lesser signs outvotes them.
 * Adding an option or a question is an edit of this file alone: the scorer,
 * the JSON reader, the command line and the wizard walk the table.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-questionnaire.h"

#define W(i, a, c) .weights = { (i), (a), (c) }

static const CrOption compensation_options[] = {
  { "none", N_("Never"), N_("I promote brands without being paid"),
    N_("Promoting a brand without pay is what a social-media ambassador does."),
    W (0, 6, 0), .no_brand = TRUE },
  { "gifts", N_("Free products or gifts only"), NULL,
    N_("Gifts without pay fit both a beginning influencer testing products and a loyal fan "
       "rewarded by a brand."),
    W (2, 2, 0) },
  { "per-campaign", N_("Paid per post or campaign"), NULL,
    N_("Being paid for each piece of sponsored work is how influencers earn their living."),
    W (6, 0, 0) },
  { "retainer", N_("A regular fee under a long-term agreement"), NULL,
    N_("A steady fee tied to a long-term agreement is the mark of the brand's contracted face."),
    W (2, 0, 6) },
};

static const CrOption agreement_options[] = {
  { "none", N_("No agreement"), NULL,
    N_("Social-media ambassadors speak for a brand freely, bound by no agreement."),
    W (0, 6, 0), .no_brand = TRUE },
  { "per-campaign", N_("Campaign by campaign"), N_("Often arranged through an agency"),
    N_("Brands usually reach influencers through agencies, one collaboration at a time."),
    W (6, 0, 0) },
  { "long-term", N_("A long-term agreement to represent one brand"), NULL,
    N_("Signing an agreement to represent one brand is what makes someone its contracted "
       "ambassador."),
    W (0, 0, 6) },
};

static const CrOption brands_options[] = {
  { "none", N_("None"), NULL,
    N_("Without a brand to promote, neither role applies yet."),
    W (0, 0, 0), .no_brand = TRUE },
  { "one", N_("One"), NULL,
    N_("Standing by a single brand is what ambassadors do, whether paid or not."),
    W (0, 2, 2) },
  { "few", N_("Two or three"), NULL,
    N_("Working with a handful of brands leans towards the influencer, who belongs to none."),
    W (2, 0, 0) },
  { "many", N_("Many"), NULL,
    N_("Creating content for many different brands is typical of an influencer."),
    W (3, 0, 0) },
};

static const CrOption exclusivity_options[] = {
  { "never", N_("Never"), NULL,
    N_("Refusing a rival's offer shows the loyalty that defines an ambassador, above all a "
       "contracted one."),
    W (0, 1, 2) },
  { "depends", N_("It depends"), NULL,
    N_("Weighing each offer on its merits is closer to an influencer's freedom than to an "
       "ambassador's loyalty."),
    W (1, 0, 0) },
  { "yes", N_("Yes"), NULL,
    N_("An influencer is tied to no brand and may well work for its competitors."),
    W (2, 0, 0) },
};

static const CrOption audience_options[] = {
  { "under-1k", N_("Fewer than 1,000"), NULL,
    N_("A small audience is enough for an ambassador: brands rely on many of them."),
    W (0, 2, 0) },
  { "1k-10k", N_("1,000 to 10,000"), NULL,
    N_("A few thousand followers can be a loyal fan's circle or a young influencer's "
       "community."),
    W (1, 1, 0) },
  { "10k-100k", N_("10,000 to 100,000"), NULL,
    N_("A community in the tens of thousands is what brands look for in an influencer."),
    W (2, 0, 0) },
  { "100k-1m", N_("100,000 to 1 million"), NULL,
    N_("A large community makes an influencer, and starts to bring the fame brands want in a "
       "face."),
    W (2, 0, 1) },
  { "over-1m", N_("More than 1 million"), NULL,
    N_("An audience in the millions is the kind of fame that brands sign as their face."),
    W (1, 0, 2) },
};

static const CrOption content_options[] = {
  { "relay", N_("Share the brand's posts"), N_("Liking, sharing, reposting"),
    N_("Passing on a brand's own news is the ambassador's way of supporting it."),
    W (0, 3, 0) },
  { "mixed", N_("Some of each"), NULL,
    N_("Mixing shared posts with your own sits between the ambassador and the influencer."),
    W (1, 1, 0) },
  { "create", N_("Create original content"), N_("Videos, reviews, articles, product tests"),
    N_("Making your own videos, reviews and tests is the heart of an influencer's work, and of "
       "a face's campaigns."),
    W (2, 0, 1) },
};

static const CrOption customer_options[] = {
  { "yes-loyal", N_("Yes, a loyal customer"), NULL,
    N_("A contented, faithful customer who defends the brand is the very picture of an "
       "ambassador."),
    W (0, 2, 1) },
  { "sometimes", N_("Sometimes"), NULL,
    N_("Liking only some of what you promote is common for an influencer."),
    W (1, 0, 0) },
  { "no", N_("No, I promote what I am offered"), NULL,
    N_("Promoting whatever is offered is influencer work: an ambassador is a customer first."),
    W (2, 0, 0) },
};

static const CrOption effort_options[] = {
  { "occasional", N_("Now and then"), NULL,
    N_("Supporting a brand now and then is how ambassadors take part."),
    W (0, 2, 0) },
  { "part-time", N_("Several hours a week"), NULL,
    N_("A few hours a week fits a paid role that is not yet a full job."),
    W (1, 0, 1) },
  { "job", N_("It is my job"), N_("Planning, creating, managing partnerships"),
    N_("Being an influencer is a real job that eats up a great deal of time."),
    W (3, 0, 0) },
};

static const CrOption notoriety_options[] = {
  { "no", N_("No"), NULL,
    N_("Ambassadors do not need to be known: their strength is their loyalty."),
    W (0, 1, 0) },
  { "niche", N_("In my field, for my skills"), NULL,
    N_("Being followed for your expertise in a field is what makes an influencer."),
    W (2, 0, 0) },
  { "public-figure", N_("A public figure"), N_("An athlete, artist or celebrity"),
    N_("Stars are who brands sign as their face."),
    W (0, 0, 3) },
};

static const CrOption platforms_options[] = {
  { "instagram", N_("Instagram"), NULL,
    N_("Instagram is one of the networks where influencers build their audience."),
    W (1, 0, 0) },
  { "youtube", N_("YouTube"), NULL,
    N_("YouTube is made for original videos, the influencer's craft."),
    W (1, 0, 0) },
  { "tiktok", N_("TikTok"), NULL,
    N_("TikTok rewards original short videos, the influencer's craft."),
    W (1, 0, 0) },
  { "snapchat", N_("Snapchat"), NULL,
    N_("Snapchat is one of the networks where influencers reach younger audiences."),
    W (1, 0, 0) },
  { "blog", N_("A blog"), NULL,
    N_("A blog is where many influencers started, with articles of their own."),
    W (1, 0, 0) },
  { "x", N_("X (Twitter)"), NULL,
    N_("X is built for reposting, the way ambassadors relay a brand's news."),
    W (0, 1, 0) },
  { "facebook", N_("Facebook"), NULL,
    N_("Facebook is where sharing a brand's posts with friends comes most naturally."),
    W (0, 1, 0) },
  { "linkedin", N_("LinkedIn"), NULL,
    N_("LinkedIn is where people vouch for the companies they believe in."),
    W (0, 1, 0) },
  { "twitch", N_("Twitch"), NULL,
    N_("Twitch streams are original content, the influencer's craft."),
    W (1, 0, 0) },
  { "other", N_("Somewhere else"), NULL,
    N_("Another platform says little about which role you play."),
    W (0, 0, 0) },
};

#define OPTIONS(o) (o), G_N_ELEMENTS (o)

static const CrQuestion questions[] = {
  { "compensation", N_("Are you paid for promoting brands?"),
    N_("Pay is the plainest line between an influencer and a social-media ambassador."),
    FALSE, OPTIONS (compensation_options) },
  { "agreement", N_("Do you have an agreement with a brand?"),
    N_("Who signs what, and for how long, sets the ambassador under contract apart."),
    FALSE, OPTIONS (agreement_options) },
  { "brands", N_("How many brands do you promote?"),
    N_("Influencers serve many brands; ambassadors stand by one."),
    FALSE, OPTIONS (brands_options) },
  { "exclusivity", N_("Would you promote a competitor of a brand you work with?"),
    N_("Loyalty to one brand within its field is what ambassadors promise."),
    FALSE, OPTIONS (exclusivity_options) },
  { "audience", N_("How many people follow you, all networks together?"),
    N_("Brands need many small ambassadors, a few strong influencers, and one famous face."),
    FALSE, OPTIONS (audience_options) },
  { "content", N_("What do you mostly do for brands online?"),
    N_("Relaying a brand's posts and creating your own are different jobs."),
    FALSE, OPTIONS (content_options) },
  { "customer", N_("Are you a satisfied customer of the brands you promote?"),
    N_("An ambassador is first a happy customer who defends the brand."),
    FALSE, OPTIONS (customer_options) },
  { "effort", N_("How much of your time does it take?"),
    N_("For an influencer it is a real job; for an ambassador it is a spare-time act."),
    FALSE, OPTIONS (effort_options) },
  { "notoriety", N_("Are you known beyond your own networks?"),
    N_("Skills in a field make influencers; fame makes the face of a brand."),
    FALSE, OPTIONS (notoriety_options) },
  { "platforms", N_("Where are you active?"),
    N_("Choose all that apply, or none. Platforms built for creating point to an influencer."),
    TRUE, OPTIONS (platforms_options) },
};

static const char * const role_ids[CR_N_ROLES + 1] = {
  [CR_ROLE_INFLUENCER] = "influencer",
  [CR_ROLE_AMBASSADOR] = "ambassador",
  [CR_ROLE_CONTRACTED_AMBASSADOR] = "contracted-ambassador",
  [CR_ROLE_NONE] = "none",
};

static const char * const role_names[CR_N_ROLES + 1] = {
  [CR_ROLE_INFLUENCER] = N_("Influencer"),
  [CR_ROLE_AMBASSADOR] = N_("Brand ambassador"),
  [CR_ROLE_CONTRACTED_AMBASSADOR] = N_("Contracted ambassador"),
  [CR_ROLE_NONE] = N_("Neither, yet"),
};

guint
cr_questionnaire_get_n_questions (void)
{
  return G_N_ELEMENTS (questions);
}

const CrQuestion *
cr_questionnaire_get_question (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (questions), NULL);

  return &questions[index];
}

/**
 * cr_questionnaire_lookup:
 * @id: a question id
 * @index: (out) (optional): where to store the question's position
 *
 * Returns: (nullable): the question with @id, or %NULL if there is none
 */
const CrQuestion *
cr_questionnaire_lookup (const char *id,
                         guint      *index)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      if (g_str_equal (questions[i].id, id))
        {
          if (index != NULL)
            *index = i;
          return &questions[i];
        }
    }

  return NULL;
}

/**
 * cr_question_lookup_option:
 * @question: a question
 * @id: an option id
 * @index: (out) (optional): where to store the option's position
 *
 * Returns: (nullable): the option of @question with @id, or %NULL
 */
const CrOption *
cr_question_lookup_option (const CrQuestion *question,
                           const char       *id,
                           guint            *index)
{
  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < question->n_options; i++)
    {
      if (g_str_equal (question->options[i].id, id))
        {
          if (index != NULL)
            *index = i;
          return &question->options[i];
        }
    }

  return NULL;
}

/**
 * cr_question_dup_option_ids:
 *
 * Returns: (transfer full): the option ids of @question, comma-separated,
 *   for error messages
 */
char *
cr_question_dup_option_ids (const CrQuestion *question)
{
  GString *s;

  g_return_val_if_fail (question != NULL, NULL);

  s = g_string_new (NULL);
  for (guint i = 0; i < question->n_options; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", question->options[i].id);

  return g_string_free (s, FALSE);
}

/**
 * cr_questionnaire_dup_question_ids:
 *
 * Returns: (transfer full): every question id, comma-separated
 */
char *
cr_questionnaire_dup_question_ids (void)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", questions[i].id);

  return g_string_free (s, FALSE);
}

const char *
cr_role_to_id (CrRole role)
{
  g_return_val_if_fail (role <= CR_ROLE_NONE, NULL);

  return role_ids[role];
}

gboolean
cr_role_from_id (const char *id,
                 CrRole     *role)
{
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint r = 0; r <= CR_ROLE_NONE; r++)
    {
      if (g_str_equal (role_ids[r], id))
        {
          if (role != NULL)
            *role = r;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * cr_role_get_name:
 *
 * Returns: the role's name, translated into the current language
 */
const char *
cr_role_get_name (CrRole role)
{
  g_return_val_if_fail (role <= CR_ROLE_NONE, NULL);

  return _(role_names[role]);
}
