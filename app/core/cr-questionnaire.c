/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-questionnaire.c: the questionnaire as one table of data
 *
 * The article draws six lines between the roles (lines[] below). Each line
 * has a weight, the most points it can give one role, chosen from how much
 * the article makes of it; each question measures one line and takes a
 * share of that weight, so that a line counts once however many questions
 * ask about it. Within a question, each option gives each role a part of
 * the question's share: all of it when the answer is that role's mark,
 * part of it when the answer fits the role partly, none when it does not.
 * Weights are written { influencer, ambassador, contracted ambassador }.
 *
 * The options of a question are ordered so that a step along them towards
 * a role never gives another role more: a role's share can only grow when
 * an answer moves towards it (tests/test-scoring.c checks this over the
 * whole answer space).
 *
 * Adding an option or a question is an edit of this file alone: the scorer,
 * the JSON reader, the command line, the wizard and How Scoring Works walk
 * the table.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-questionnaire.h"

#define W(i, a, c) .weights = { (i), (a), (c) }

enum
{
  LINE_PAY,
  LINE_AGREEMENT,
  LINE_COMMITMENT,
  LINE_CONTENT,
  LINE_NOTORIETY,
  LINE_WORK,
};

static const CrLine lines[] = {
  [LINE_PAY] = { "pay", N_("Pay"),
    N_("Influencers are paid for their work, a brand’s face is paid under contract, and a "
       "social-media ambassador is not paid at all. The article calls this one of the main "
       "differences, so it weighs most, as much as commitment to one brand. Being paid at all "
       "is half of it; how you are paid is the other half."),
    12 },
  [LINE_AGREEMENT] = { "agreement", N_("Agreement"),
    N_("A social-media ambassador is bound by no agreement, influencers sign campaign by "
       "campaign, and a brand’s face signs to represent one brand. Being paid per campaign "
       "mostly goes with campaign agreements, and a regular fee with a long-term one, so this "
       "line weighs half of what pay does instead of counting the same fact twice."),
    6 },
  [LINE_COMMITMENT] = { "commitment", N_("One brand or several"),
    N_("Ambassadors, paid or not, are committed and loyal to one brand and would not work for "
       "its rivals; influencers work for several brands and belong to none. The article comes "
       "back to this line more than to any other, so it weighs as much as pay. How many brands "
       "you promote takes half of it; refusing rivals and being a loyal customer share the "
       "rest."),
    12 },
  [LINE_CONTENT] = { "content", N_("Content created or relayed"),
    N_("Influencers create content of their own; a social-media ambassador is content to "
       "relay the brand’s. What you do for brands tells it; the platforms you use only hint at "
       "it."),
    5 },
  [LINE_NOTORIETY] = { "notoriety", N_("Notoriety"),
    N_("Influencers are followed for their skills by a strong community, the face of a brand "
       "is famous, often a star, and a social-media ambassador needs no particular audience. "
       "The size of your audience and how far you are known share this line."),
    8 },
  [LINE_WORK] = { "work", N_("Work"),
    N_("Being an influencer is a real job that takes a great deal of time; an ambassador takes "
       "part in spare time. The article says it once, so it weighs least."),
    3 },
};

static const CrOption compensation_options[] = {
  { "none", N_("Never"), N_("I promote brands without being paid"),
    N_("Promoting a brand without pay is what a social-media ambassador does."),
    N_("You are never paid for promoting brands."),
    W (0, 12, 0) },
  { "gifts", N_("Free products or gifts only"), NULL,
    N_("Gifts without pay fit both a beginning influencer testing products and a loyal fan "
       "rewarded by a brand."),
    N_("Brands reward you with free products or gifts, not money."),
    W (6, 6, 0) },
  { "per-campaign", N_("Paid per post or campaign"), NULL,
    N_("Being paid for each piece of sponsored work is how influencers earn their living; a "
       "brand’s face is paid too, though under contract."),
    N_("You are paid for each post or campaign."),
    W (12, 0, 6) },
  { "retainer", N_("A regular fee under a long-term agreement"), NULL,
    N_("A steady fee tied to a long-term agreement is the mark of the brand’s contracted face."),
    N_("A brand pays you a regular fee under a long-term agreement."),
    W (6, 0, 12) },
};

static const CrOption agreement_options[] = {
  { "none", N_("No agreement"), NULL,
    N_("Social-media ambassadors speak for a brand freely, bound by no agreement."),
    N_("You have no agreement with any brand."),
    W (0, 6, 0) },
  { "per-campaign", N_("Campaign by campaign"), N_("Often arranged through an agency"),
    N_("Brands usually sign influencers one collaboration at a time, often through agencies; a "
       "face signs with a brand too, but for the long term."),
    N_("You sign agreements with brands campaign by campaign."),
    W (6, 0, 3) },
  { "long-term", N_("A long-term agreement to represent one brand"), NULL,
    N_("Signing an agreement to represent one brand is what makes someone its contracted "
       "ambassador."),
    N_("You have a long-term agreement to represent one brand."),
    W (0, 0, 6) },
};

static const CrOption brands_options[] = {
  { "none", N_("None"), NULL,
    N_("Without a brand to promote, neither role applies yet."),
    N_("You promote no brand."),
    W (0, 0, 0), .no_brand = TRUE },
  { "one", N_("One"), NULL,
    N_("Standing by a single brand is what ambassadors do, whether paid or not."),
    N_("You promote a single brand."),
    W (0, 6, 6) },
  { "few", N_("Two or three"), NULL,
    N_("Working with a handful of brands leans towards the influencer, who belongs to none."),
    N_("You promote two or three brands."),
    W (4, 2, 2) },
  { "many", N_("Many"), NULL,
    N_("Creating content for many different brands is typical of an influencer."),
    N_("You promote many brands."),
    W (6, 0, 0) },
};

static const CrOption exclusivity_options[] = {
  { "never", N_("Never"), NULL,
    N_("Refusing a rival’s offer shows the loyalty of an ambassador, paid or not."),
    N_("You would never promote a competitor of a brand you work with."),
    W (0, 3, 3) },
  { "depends", N_("It depends"), NULL,
    N_("Weighing each offer on its merits is closer to an influencer’s freedom than to an "
       "ambassador’s loyalty."),
    N_("You might promote a competitor of a brand you work with."),
    W (2, 1, 1) },
  { "yes", N_("Yes"), NULL,
    N_("An influencer is tied to no brand and may well work for its competitors."),
    N_("You would promote a competitor of a brand you work with."),
    W (3, 0, 0) },
};

static const CrOption audience_options[] = {
  { "under-1k", N_("Fewer than 1,000"), NULL,
    N_("A small audience is enough for an ambassador: brands rely on many of them."),
    N_("Fewer than 1,000 people follow you."),
    W (0, 3, 0) },
  { "1k-10k", N_("1,000 to 9,999"), NULL,
    N_("A few thousand followers can be a loyal fan’s circle or a young influencer’s "
       "community."),
    N_("Between 1,000 and 9,999 people follow you."),
    W (2, 2, 0) },
  { "10k-100k", N_("10,000 to 99,999"), NULL,
    N_("A community in the tens of thousands is what brands look for in an influencer."),
    N_("Between 10,000 and 99,999 people follow you."),
    W (4, 0, 0) },
  { "100k-1m", N_("100,000 to 999,999"), NULL,
    N_("A large community makes an influencer, and starts to bring the fame brands want in a "
       "face."),
    N_("Between 100,000 and 999,999 people follow you."),
    W (4, 0, 1) },
  { "over-1m", N_("1 million or more"), NULL,
    N_("An audience in the millions is the kind of fame that brands sign as their face."),
    N_("One million people or more follow you."),
    W (2, 0, 4) },
};

static const CrOption content_options[] = {
  { "relay", N_("Share the brand’s posts"), N_("Liking, sharing, reposting"),
    N_("Passing on a brand’s own news is the ambassador’s way of supporting it."),
    N_("You mostly share the brands’ own posts."),
    W (0, 4, 0) },
  { "mixed", N_("Some of each"), NULL,
    N_("Mixing shared posts with your own sits between the ambassador and the influencer."),
    N_("You share the brands’ posts and also create your own."),
    W (2, 2, 1) },
  { "create", N_("Create original content"), N_("Videos, reviews, articles, product tests"),
    N_("Making your own videos, reviews and tests is the heart of an influencer’s work, and of "
       "a face’s campaigns."),
    N_("You mostly create original content."),
    W (4, 0, 2) },
};

static const CrOption customer_options[] = {
  { "yes-loyal", N_("Yes, a loyal customer"), NULL,
    N_("A contented, faithful customer who defends the brand is the very picture of an "
       "ambassador."),
    N_("You are a loyal customer of the brands you promote."),
    W (0, 3, 1) },
  { "sometimes", N_("Sometimes"), NULL,
    N_("Liking only some of what you promote is common for an influencer."),
    N_("You are a satisfied customer of only some of the brands you promote."),
    W (2, 1, 0) },
  { "no", N_("No, I promote what I am offered"), NULL,
    N_("Promoting whatever is offered is influencer work: an ambassador is a customer first."),
    N_("You promote what you are offered."),
    W (3, 0, 0) },
};

static const CrOption effort_options[] = {
  { "occasional", N_("Now and then"), NULL,
    N_("Promoting a brand now and then is how ambassadors, and many a brand’s face, take part; "
       "an influencer’s is a full job."),
    N_("Your work online takes you time only now and then."),
    W (0, 2, 2) },
  { "part-time", N_("Several hours a week"), NULL,
    N_("A few hours a week fits a paid role that is not yet a full job."),
    N_("Your work online takes you several hours a week."),
    W (2, 1, 1) },
  { "job", N_("It is my job"), N_("Planning, creating, managing partnerships"),
    N_("Being an influencer is a real job that eats up a great deal of time."),
    N_("Your work online is your job."),
    W (3, 0, 0) },
};

static const CrOption notoriety_options[] = {
  { "no", N_("No"), NULL,
    N_("Ambassadors do not need to be known: their strength is their loyalty."),
    N_("You are not known beyond your own networks."),
    W (0, 2, 0) },
  { "niche", N_("In my field, for my skills"), NULL,
    N_("Being followed for your expertise in a field is what makes an influencer."),
    N_("You are known in your field for your skills."),
    W (4, 0, 0) },
  { "public-figure", N_("A public figure"), N_("An athlete, artist or celebrity"),
    N_("Stars are who brands sign as their face."),
    N_("You are a public figure."),
    W (0, 0, 4) },
};

static const CrOption platforms_options[] = {
  { "instagram", N_("Instagram"), NULL,
    N_("Instagram is one of the networks where influencers build their audience."),
    N_("You are active on Instagram."),
    W (1, 0, 0) },
  { "youtube", N_("YouTube"), NULL,
    N_("YouTube is made for original videos, the influencer’s craft."),
    N_("You are active on YouTube."),
    W (1, 0, 0) },
  { "tiktok", N_("TikTok"), NULL,
    N_("TikTok rewards original short videos, the influencer’s craft."),
    N_("You are active on TikTok."),
    W (1, 0, 0) },
  { "snapchat", N_("Snapchat"), NULL,
    N_("Snapchat is one of the networks where influencers reach younger audiences."),
    N_("You are active on Snapchat."),
    W (1, 0, 0) },
  { "blog", N_("A blog"), NULL,
    N_("A blog is where many influencers started, with articles of their own."),
    N_("You write a blog."),
    W (1, 0, 0) },
  { "x", N_("X (Twitter)"), NULL,
    N_("X is built for reposting, the way ambassadors relay a brand’s news."),
    N_("You are active on X."),
    W (0, 1, 0) },
  { "facebook", N_("Facebook"), NULL,
    N_("Facebook is where sharing a brand’s posts with friends comes most naturally."),
    N_("You are active on Facebook."),
    W (0, 1, 0) },
  { "linkedin", N_("LinkedIn"), NULL,
    N_("LinkedIn is where people vouch for the companies they believe in."),
    N_("You are active on LinkedIn."),
    W (0, 1, 0) },
  { "twitch", N_("Twitch"), NULL,
    N_("Twitch streams are original content, the influencer’s craft."),
    N_("You stream on Twitch."),
    W (1, 0, 0) },
  { "other", N_("Somewhere else"), NULL,
    N_("Another platform says little about which role you play."),
    N_("You are active on another platform."),
    W (0, 0, 0) },
};

#define OPTIONS(o) (o), G_N_ELEMENTS (o)

static const CrQuestion questions[] = {
  { "compensation", N_("Are you paid for promoting brands?"),
    N_("Pay is the plainest line between an influencer and a social-media ambassador."),
    FALSE, OPTIONS (compensation_options), LINE_PAY, 12, TRUE,
    N_("You have not said whether brands pay you.") },
  { "agreement", N_("Do you have an agreement with a brand?"),
    N_("Who signs what, and for how long, sets the ambassador under contract apart."),
    FALSE, OPTIONS (agreement_options), LINE_AGREEMENT, 6, TRUE,
    N_("You have not said whether you have an agreement with a brand.") },
  { "brands", N_("How many brands do you promote?"),
    N_("Influencers serve many brands; ambassadors stand by one."),
    FALSE, OPTIONS (brands_options), LINE_COMMITMENT, 6, TRUE,
    N_("You have not said how many brands you promote.") },
  { "exclusivity", N_("Would you promote a competitor of a brand you work with?"),
    N_("Loyalty to one brand within its field is what ambassadors promise."),
    FALSE, OPTIONS (exclusivity_options), LINE_COMMITMENT, 3, FALSE, NULL },
  { "audience", N_("How many people follow you, all networks together?"),
    N_("Brands need many small ambassadors, a few strong influencers, and one famous face."),
    FALSE, OPTIONS (audience_options), LINE_NOTORIETY, 4, FALSE, NULL },
  { "content", N_("What do you mostly do for brands online?"),
    N_("Relaying a brand’s posts and creating your own are different jobs."),
    FALSE, OPTIONS (content_options), LINE_CONTENT, 4, FALSE, NULL },
  { "customer", N_("Are you a satisfied customer of the brands you promote?"),
    N_("An ambassador is first a happy customer who defends the brand."),
    FALSE, OPTIONS (customer_options), LINE_COMMITMENT, 3, FALSE, NULL },
  { "effort", N_("How much of your time does it take?"),
    N_("For an influencer it is a real job; for an ambassador it is a spare-time act."),
    FALSE, OPTIONS (effort_options), LINE_WORK, 3, FALSE, NULL },
  { "notoriety", N_("Are you known beyond your own networks?"),
    N_("Skills in a field make influencers; fame makes the face of a brand."),
    FALSE, OPTIONS (notoriety_options), LINE_NOTORIETY, 4, FALSE, NULL },
  { "platforms", N_("Where are you active?"),
    N_("Choose all that apply, or none. Platforms built for creating point to an influencer."),
    TRUE, OPTIONS (platforms_options), LINE_CONTENT, 1, FALSE, NULL },
};

/* What a coherent person cannot answer together: the what-if search keeps
 * to people who could exist. Answers that merely seldom go together (paid
 * per post under a long-term agreement, gifts for a long-term agreement)
 * are not listed. */
static const CrExclusion exclusions[] = {
  { "compensation", "none", "agreement", "per-campaign long-term",
    N_("An agreement with a brand comes with something in return: pay, or at least products.") },
  { "compensation", "retainer", "agreement", "none per-campaign",
    N_("A regular fee under a long-term agreement means having a long-term agreement.") },
  { "brands", "none", "compensation", "gifts per-campaign retainer",
    N_("Someone who promotes no brand is rewarded by none.") },
  { "brands", "none", "agreement", "per-campaign long-term",
    N_("Someone who promotes no brand has no agreement with one.") },
};

static const char * const role_ids[CR_N_ROLES + 1] = {
  [CR_ROLE_INFLUENCER] = "influencer",
  [CR_ROLE_AMBASSADOR] = "ambassador",
  [CR_ROLE_CONTRACTED_AMBASSADOR] = "contracted-ambassador",
  [CR_ROLE_NONE] = "none",
};

static const char * const role_names[CR_ROLE_UNDECIDED + 1] = {
  [CR_ROLE_INFLUENCER] = N_("Influencer"),
  [CR_ROLE_AMBASSADOR] = N_("Brand ambassador"),
  [CR_ROLE_CONTRACTED_AMBASSADOR] = N_("Contracted ambassador"),
  [CR_ROLE_NONE] = N_("Neither, yet"),
  [CR_ROLE_UNDECIDED] = N_("No verdict"),
};

/* The roles' names where a sentence goes on around them ("with influencer
 * close behind at 48"): lower case in English, whatever a language's
 * grammar asks of a noun in the middle of a sentence in the others. */
static const char * const role_names_in_sentence[CR_N_ROLES][2] = {
  [CR_ROLE_INFLUENCER] = { "role in a sentence", NC_("role in a sentence", "influencer") },
  [CR_ROLE_AMBASSADOR] = { "role in a sentence", NC_("role in a sentence", "brand ambassador") },
  [CR_ROLE_CONTRACTED_AMBASSADOR] = { "role in a sentence",
                                      NC_("role in a sentence", "contracted ambassador") },
};

/* What each role is in general, as the article describes it: never a
 * sentence about the person. */
static const char * const role_descriptions[CR_ROLE_UNDECIDED + 1] = {
  [CR_ROLE_INFLUENCER] =
    N_("An influencer is followed for skills in a field and is paid to create content for "
       "several brands, as a real job, committed to none of them."),
  [CR_ROLE_AMBASSADOR] =
    N_("A brand ambassador, in the social-media sense, is a loyal customer who relays one "
       "brand’s news, unpaid and bound by no agreement."),
  [CR_ROLE_CONTRACTED_AMBASSADOR] =
    N_("A contracted ambassador is the face of one brand: often famous, signed under an "
       "agreement to represent it, paid for it and loyal to it alone."),
  [CR_ROLE_NONE] =
    N_("Someone with no tie to any brand yet: promoting none, paid by none, bound by no "
       "agreement."),
  [CR_ROLE_UNDECIDED] =
    N_("Too little is answered to say which role fits."),
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
 * cr_question_dup_option_choices:
 *
 * Returns: (transfer full): the option ids of @question, each with its
 *   label in English, for error messages that a script reads by the ids
 *   and a person by the labels: “none “Never”, gifts “Free products or
 *   gifts only”, …”
 */
char *
cr_question_dup_option_choices (const CrQuestion *question)
{
  GString *s;

  g_return_val_if_fail (question != NULL, NULL);

  s = g_string_new (NULL);
  for (guint i = 0; i < question->n_options; i++)
    g_string_append_printf (s, "%s%s “%s”", i ? ", " : "", question->options[i].id,
                            question->options[i].label);

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

/**
 * cr_questionnaire_get_n_lines:
 *
 * Returns: how many lines the article draws between the roles
 */
guint
cr_questionnaire_get_n_lines (void)
{
  return G_N_ELEMENTS (lines);
}

const CrLine *
cr_questionnaire_get_line (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (lines), NULL);

  return &lines[index];
}

guint
cr_questionnaire_get_n_exclusions (void)
{
  return G_N_ELEMENTS (exclusions);
}

const CrExclusion *
cr_questionnaire_get_exclusion (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (exclusions), NULL);

  return &exclusions[index];
}

static gboolean
exclusion_matches (const CrExclusion *exclusion,
                   guint              question,
                   guint              option,
                   guint              other_question,
                   guint              other_option)
{
  const CrQuestion *a = &questions[question];
  const CrQuestion *b = &questions[other_question];
  const char *p;
  gsize length = strlen (b->options[other_option].id);

  if (!g_str_equal (exclusion->question, a->id) ||
      !g_str_equal (exclusion->option, a->options[option].id) ||
      !g_str_equal (exclusion->other_question, b->id))
    return FALSE;

  /* A whole word of the space-separated list. */
  for (p = exclusion->other_options; (p = strstr (p, b->options[other_option].id)) != NULL;
       p += length)
    if ((p == exclusion->other_options || p[-1] == ' ') && (p[length] == ' ' || p[length] == '\0'))
      return TRUE;

  return FALSE;
}

/**
 * cr_questionnaire_excludes:
 *
 * Returns: whether a coherent person cannot answer @option to @question
 *   and @other_option to @other_question together, in either order
 */
gboolean
cr_questionnaire_excludes (guint question,
                           guint option,
                           guint other_question,
                           guint other_option)
{
  g_return_val_if_fail (question < G_N_ELEMENTS (questions), FALSE);
  g_return_val_if_fail (other_question < G_N_ELEMENTS (questions), FALSE);
  g_return_val_if_fail (option < questions[question].n_options, FALSE);
  g_return_val_if_fail (other_option < questions[other_question].n_options, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (exclusions); i++)
    if (exclusion_matches (&exclusions[i], question, option, other_question, other_option) ||
        exclusion_matches (&exclusions[i], other_question, other_option, question, option))
      return TRUE;

  return FALSE;
}

/**
 * cr_role_to_id:
 *
 * Returns: (nullable): the role's id, or %NULL for %CR_ROLE_UNDECIDED,
 *   which has none
 */
const char *
cr_role_to_id (CrRole role)
{
  g_return_val_if_fail (role <= CR_ROLE_UNDECIDED, NULL);

  if (role == CR_ROLE_UNDECIDED)
    return NULL;

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
  g_return_val_if_fail (role <= CR_ROLE_UNDECIDED, NULL);

  return _(role_names[role]);
}

/**
 * cr_role_get_description:
 *
 * Returns: what the role is in general, in a sentence translated into the
 *   current language; never a sentence about a person
 */
const char *
cr_role_get_description (CrRole role)
{
  g_return_val_if_fail (role <= CR_ROLE_UNDECIDED, NULL);

  return _(role_descriptions[role]);
}

/**
 * cr_role_get_name_in_sentence:
 * @role: one of the three roles
 *
 * Returns: the role's name as it reads in the middle of a sentence (in
 *   English, in lower case: "with influencer close behind"), translated
 *   into the current language
 */
const char *
cr_role_get_name_in_sentence (CrRole role)
{
  g_return_val_if_fail (role < CR_N_ROLES, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, role_names_in_sentence[role][0],
                       role_names_in_sentence[role][1]);
}
