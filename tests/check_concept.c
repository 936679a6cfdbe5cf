/* Tests for the rule language's meaning layer: concepts per language
 * (filter-concept.c), near, unless scopes, lang, the inherited subject
 * (match.c) and the language guess (lang.c). */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "filter.h"
#include "lang.h"
#include "match.h"
#include "msg.h"
#include "mt.h"
#include "tdir.h"

static const char *const t_scope =
    "concept negation\n    scope before 3\n"
    "concept question\n    scope sentence\n"
    "concept figurative\n    scope overlap\n"
    "concept resolved\n    scope sentence\n"
    "concept errand\n    scope zone\n";

static const char *const t_en =
    "lang en\n"
    "concept product\n    words charger, e-bike, kettle\n"
    "concept fire\n    words smoke, smok*, caught fire, on fire, melted, "
    "fumes not gone\n"
    "    pattern (?:this\\s+|that\\s+)?flame\\s+shot\\s+out\n"
    "concept brand\n    words brand\n"
    "concept negation\n    words no, not, never\n"
    "concept question\n    words how do I, is it possible\n"
    "concept figurative\n    words sales are on fire, on fire with\n"
    "    pattern kettle\\s+smoke:\\s+live\\s+at\\s+\\w+\n"
    "concept resolved\n    words works again\n"
    "concept fire2\n    words flames\n"
    "concept fire3\n    words sparks\n"
    "concept chase\n    words third request\n"
    "concept fire4\n    words blaze\n"
    "concept fire5\n    pattern smoke\\s+fire\n"
    "    pattern fire\\s+alarm\\s+door\n"
    "    words stale toast\n"
    "    pattern (?:a|the)\\s+toaster\\s+sparked\n"
    "    pattern (?:a|the)\\s+kettle\\s+hissed\n"
    "concept fire6\n    words inferno\n"
    "concept errand\n    words change my address\n";

static const char *const t_de =
    "lang de\n"
    "concept product\n    words Ladegerät, Wasserkocher\n"
    "concept fire\n    words Rauch, qualm*, geschmolzen\n"
    "    pattern in\\s+Brand\\s+geraten\n"
    "concept brand\n    words Brand\n"
    "concept negation\n    words kein*, nicht\n"
    "concept question\n    words wie kann ich\n"
    "concept figurative\n    words Feuer und Flamme\n"
    "concept resolved\n    words funktioniert wieder\n";

static const char *const t_fr =
    "lang fr\n"
    "concept product\n    words chargeur, bouilloire\n"
    "concept fire\n    words fumée, a pris feu, fondu\n"
    "concept negation\n    words pas de, plus de\n";

static const char *const t_safety =
    "threshold 2\n"
    "rule product_fire\n"
    "    near {product} {fire} 4\n"
    "    unless negation question figurative resolved\n"
    "    weight 2\n"
    "    desc A product is burning\n"
    "rule brand_de\n"
    "    pattern /{brand}/\n"
    "    lang de\n"
    "    weight 0.5\n"
    "    desc German Brand only in German mail\n"
    "rule brand_unsure\n"
    "    pattern /{brand}/\n"
    "    lang de unsure\n"
    "    weight 0.25\n"
    "    desc German mail, or mail too short to tell\n"
    "rule subject_fire\n"
    "    zones subject\n"
    "    pattern /{fire}/\n"
    "    weight 1\n"
    "    desc Fire in the subject\n"
    "rule body_product\n"
    "    zones body\n"
    "    pattern /{product}/\n"
    "    weight 1\n"
    "    desc A product in the body\n"
    "rule product_fire_told\n"
    "    near {product} {fire2} paragraph\n"
    "    weight 0.25\n"
    "    desc Flames and a product in one paragraph\n"
    "rule chase\n"
    "    zones body\n"
    "    pattern /{chase}/\n"
    "    weight 0\n"
    "    desc The matter persists: the subject counts\n"
    "rule product_sparks_anywhere\n"
    "    near {product} {fire3} zone\n"
    "    weight 0.25\n"
    "    desc Sparks and a product anywhere in one zone\n"
    "rule blaze_told\n"
    "    near {product} {fire4} paragraph\n"
    "    unless question\n"
    "    weight 0.25\n"
    "    desc A blaze and a product in one paragraph, not asked\n"
    "rule flames\n"
    "    pattern /{fire2}/\n"
    "    weight 0.25\n"
    "    desc English only concept\n"
    "rule fire_door\n"
    "    pattern /{fire5}(?!\\s+alarm)/\n"
    "    weight 0.25\n"
    "    desc A pattern that starts with a concept\n"
    "rule inferno\n"
    "    pattern /{fire6}/\n"
    "    unless errand\n"
    "    weight 0.25\n"
    "    desc An inferno, unless the mail asks for an errand\n";

static char *test_dir;
static struct filter_set *test_fs;

static void
put(const char *dir, const char *name, const char *text)
{
	char *p = g_build_filename(dir, name, NULL);

	ck_assert(g_file_set_contents(p, text, -1, NULL));
	g_free(p);
}


static void
setup(void)
{
	struct diag *d = diag_new();

	test_dir = g_dir_make_tmp("check_concept.XXXXXX", NULL);
	put(test_dir, "scope.concepts", t_scope);
	put(test_dir, "en.concepts", t_en);
	put(test_dir, "de.concepts", t_de);
	put(test_dir, "fr.concepts", t_fr);
	put(test_dir, "safety.rules", t_safety);
	if (filter_set_load(test_dir, NULL, 0, d, &test_fs) != 0)
		diag_print(d, stderr);
	ck_assert_ptr_nonnull(test_fs);
	diag_free(&d);
}

static void
teardown(void)
{
	filter_set_free(&test_fs);
	tdir_remove(test_dir);
	g_free(test_dir);
}

static struct msg *
mail(const char *headers, const char *body)
{
	char *raw = g_strdup_printf("From: Kim <kim@example.com>\n"
	    "To: support@example.com\n%s"
	    "Content-Type: text/plain; charset=utf-8\n\n%s", headers, body);
	struct msg *m = msg_parse(raw, strlen(raw));

	g_free(raw);
	return m;
}

static const struct {
	const char *subject;
	const char *body;
	unsigned flags;
	const char *rules;	/* match_rules_list */
	const char *lang;	/* guessed, or "-" */
	const char *cancel;	/* scope that cancelled a hit, or NULL */
} cases[] = {
	/* near: both concepts within 4 words, either order. */
	{ "help", "Hello, the charger started to smoke yesterday and we "
	  "are worried about it.", 0,
	  "safety/product_fire safety/body_product", "en", NULL },
	{ "help", "Hello, it smoked badly: the new kettle that we bought "
	  "from you last week.", 0,
	  "safety/product_fire safety/body_product", "en", NULL },
	/* Too far apart, or in another clause: no. */
	{ "help", "Hello, the charger is from your shop and it is said that "
	  "we saw smoke in the kitchen.", 0, "safety/body_product", "en",
	  NULL },
	{ "help", "Hello, we love the charger. There was smoke at the "
	  "barbecue of the neighbours.", 0, "safety/body_product", "en",
	  NULL },
	/* Accents fold: "fumee" is "fumée"; the French words run. */
	{ "aide", "Bonjour, le chargeur a pris feu et il y a de la fumee "
	  "dans la cuisine, merci de nous aider.", 0,
	  "safety/product_fire safety/body_product", "fr", NULL },
	/* Negation before the hit, or inside it. */
	{ "help", "Hello, the charger has no smoke at all, but it does not "
	  "charge the phone, thanks.", 0, "safety/body_product", "en",
	  "negation" },
	{ "Hilfe", "Hallo, das Ladegerät hat keinen Rauch gemacht, aber es "
	  "lädt nicht, danke für die Hilfe.", 0, "safety/body_product", "de",
	  "negation" },
	/* A negation that is a word of the other part of the hit is that
	 * part's own, not a negation of this one. */
	{ "help", "Hello, fumes not gone charger still hot, please call us "
	  "back today.", 0, "safety/product_fire safety/body_product", "en",
	  NULL },
	/* A comma or colon between digits ends no clause: the negation
	 * before "10:30" still reaches the smoke. */
	{ "help", "Hello, the kettle gave no 10:30 smoke at all, thanks for "
	  "asking about it.", 0, "safety/body_product", "en", "negation" },
	/* A question about it. */
	{ "help", "Hello, how do I clean the smoke off the kettle when it is "
	  "cold? Thanks for your help.", 0, "safety/body_product", "en",
	  "question" },
	/* An idiom that covers the hit; a later real hit still counts. */
	{ "news", "Our sales are on fire with the charger, and we are very "
	  "happy with it.", 0, "safety/body_product", "en", "figurative" },
	/* A cue that covers the hit takes it back wherever it ends: a
	 * name may hold a colon, which ends the hit's clause. */
	{ "news", "Hello, we loved the album \"Kettle Smoke: Live at "
	  "Leeds\", thanks for the quick delivery.", 0,
	  "safety/body_product", "en", "figurative" },
	/* Over: the clause says it works again. */
	{ "Hilfe", "Hallo, das Ladegerät qualmte gestern, es funktioniert "
	  "wieder, danke für die Hilfe und die schnelle Antwort.", 0,
	  "safety/body_product", "de", "resolved" },
	/* A German-only rule: not in English mail ("brand new"). */
	{ "new", "Hello, we have a brand new kettle and it is great, thank "
	  "you for the quick delivery.", 0, "safety/body_product", "en", NULL },
	{ "Brand", "Hallo, es gab einen Brand im Lager und wir sind noch "
	  "ganz durcheinander, danke für die Geduld.", 0,
	  "safety/brand_de safety/brand_unsure", "de", NULL },
	/* "lang de unsure": also when the guess cannot tell, never in
	 * English or French mail. */
	{ "x", "Brand", 0, "safety/brand_unsure", "-", NULL },
	{ "aide", "Bonjour, la brand de notre boutique est jolie, merci pour "
	  "la livraison rapide de la bouilloire.", 0, "safety/body_product",
	  "fr", NULL },
	/* A concept only English has: runs in English mail, and in German
	 * mail too (English words are borrowed everywhere). */
	{ "Hilfe", "Hallo, wir sahen flames und haben die Feuerwehr gerufen, "
	  "bitte melden Sie sich bei uns.", 0, "safety/flames", "de", NULL },
	/* An inherited subject counts only with support from the body. */
	{ "Re: charger smoking", "Thanks, any news on this? We are still "
	  "waiting for an answer from you.", MATCH_SUBJECT_INHERITED, "",
	  "en", NULL },
	{ "Re: charger smoking", "Thanks, the kettle is also strange and "
	  "we are still waiting for an answer.", MATCH_SUBJECT_INHERITED,
	  "safety/body_product safety/product_fire safety/subject_fire", "en",
	  NULL },
	/* A weight-0 hit in the new text scores nothing but opens the
	 * inherited subject. */
	{ "Re: charger smoking", "Hello, this is my third request, please "
	  "call us back today.", MATCH_SUBJECT_INHERITED,
	  "safety/chase safety/product_fire safety/subject_fire", "en",
	  NULL },
	{ "charger smoking", "Thanks, any news on this? We are still "
	  "waiting for an answer from you.", 0,
	  "safety/product_fire safety/subject_fire", "en", NULL },
	/* "e-bike" is also "ebike" and "e bike"; a stem takes endings. */
	{ "help", "Hello, the ebike battery smoked for an hour in the "
	  "garage, please call us back.", 0,
	  "safety/product_fire safety/body_product", "en", NULL },
	{ "help", "Hello, the e bike is smoking in the garage right now, "
	  "please call us back today.", 0,
	  "safety/product_fire safety/body_product", "en", NULL },
	/* Two words of a concept in a row are two matches. */
	{ "help", "Hello, the kettle charger smoked when we plugged it in "
	  "at home, please call us back.", 0,
	  "safety/product_fire safety/body_product", "en", NULL },
	/* "paragraph": two sentences of one paragraph, not across a
	 * blank line. */
	{ "help", "Hello, we saw flames in the garage. It was the kettle "
	  "that we bought from you.", 0,
	  "safety/body_product safety/product_fire_told safety/flames", "en",
	  NULL },
	{ "help", "Hello, we saw flames at the barbecue last week.\n\nThe "
	  "kettle that we bought from you is fine, thanks.", 0,
	  "safety/body_product safety/flames", "en", NULL },
	/* A scope takes back a part of a far "near" only from what is
	 * said around that part: a question between the two sentences
	 * does not, a question about the blaze itself does. */
	{ "help", "Hello, there was a blaze in the garage. How do I claim? It "
	  "was the kettle that we bought from you.", 0,
	  "safety/body_product safety/blaze_told", "en", NULL },
	{ "help", "Hello, how do I stop a blaze like that? It was the kettle "
	  "that we bought from you.", 0, "safety/body_product", "en",
	  "question" },
	/* "zone": anywhere in the body, across a blank line too; not from
	 * the subject to the body. */
	{ "help", "Hello, we saw sparks in the garage last night.\n\nIt "
	  "was the kettle that we bought from you.", 0,
	  "safety/body_product safety/product_sparks_anywhere", "en", NULL },
	{ "sparks", "Hello, the kettle that we bought from you is fine, "
	  "thanks for asking.", 0, "safety/body_product", "en", NULL },
	/* A pattern that starts with an optional group needs none of the
	 * group's words: "flame shot out" without "this" or "that". */
	{ "help", "Hello, our kettle: flame shot out of it, please call us "
	  "back.", 0, "safety/product_fire safety/body_product", "en", NULL },
	/* A pattern that starts with a concept is tried where each of
	 * the concept's patterns may start, also inside another's match:
	 * "fire alarm door" inside "smoke fire alarm door". */
	{ "door", "Hello, the smoke fire alarm door is stuck open, please "
	  "help us.", 0, "safety/fire_door", "en", NULL },
	{ "door", "Hello, we heard the smoke fire alarm ring twice today, "
	  "please help us.", 0, "", "en", NULL },
	/* Of two patterns without a key, only the one whose words are in
	 * the text is tried; each is found. */
	{ "toaster", "Hello, the toaster sparked this morning, please help "
	  "us.", 0, "safety/fire_door", "en", NULL },
	{ "kettle", "Hello, the kettle hissed this morning, please help us.",
	  0, "safety/body_product safety/fire_door", "en", NULL },
	/* A long s is an s to PCRE2, not to the words index. */
	{ "toast", "Hello, the \xc5\xbftale toast is still in the box, "
	  "please help us.", 0, "safety/fire_door", "en", NULL },
	/* "zone": a cue anywhere in the hit's zone, across a blank line
	 * too; not one in another zone, except that the body's cues reach
	 * the subject (the subject heads the body), not the other way. */
	{ "news", "Hello, there was an inferno next door last week.\n\n"
	  "Please change my address to 4 Mill Lane until March.", 0, "",
	  "en", "errand" },
	{ "news", "Hello, there was an inferno next door last week and "
	  "we are staying with friends.", 0, "safety/inferno", "en", NULL },
	{ "change my address", "Hello, there was an inferno next door last "
	  "week and we are staying with friends.", 0, "safety/inferno", "en",
	  NULL },
	{ "Inferno next door", "Hello, we are staying with friends for now.\n\n"
	  "Please change my address to 4 Mill Lane until March.", 0, "", "en",
	  "errand" },
	{ "Inferno next door", "Hello, we are staying with friends for now "
	  "and would like to know what to do.", 0, "safety/inferno", "en",
	  NULL },
	/* Too little text to tell the language: every language runs. */
	{ "x", "Ladegerät Rauch", 0,
	  "safety/product_fire safety/body_product", "-", NULL },
};

/* Runs case k on fs: the rules that fired ("a/b c/d"); *m and *r are
 * the caller's to free. */
static char *
case_run(struct filter_set *fs, size_t k, struct msg **m,
    struct match_result *r)
{
	char *hdr = g_strdup_printf("Subject: %s\n", cases[k].subject);

	*m = mail(hdr, cases[k].body);
	g_free(hdr);
	ck_assert_int_eq(match_run(fs, *m, NULL, cases[k].flags, r), 0);
	return match_rules_list(r);
}

START_TEST(test_cases)
{
	struct msg *m;
	struct match_result r;
	char *list = case_run(test_fs, _i, &m, &r);
	const char *cancel = NULL;

	ck_assert_msg(strcmp(list, cases[_i].rules) == 0, "'%s': got '%s'",
	    cases[_i].body, list);
	ck_assert_str_eq(r.lang >= 0 ? lang_name(r.lang) : "-",
	    cases[_i].lang);
	if (r.ncancels > 0)
		cancel = r.cancels[0].scope;
	if (cases[_i].cancel == NULL)
		ck_assert_msg(cancel == NULL, "'%s': cancelled by %s",
		    cases[_i].body, cancel);
	else
		ck_assert_msg(cancel != NULL && strcmp(cancel,
		    cases[_i].cancel) == 0, "'%s': cancel %s", cases[_i].body,
		    cancel != NULL ? cancel : "none");
	g_free(list);
	match_result_clear(&r);
	msg_free(&m);
}
END_TEST

/* One message per process (lazy) and batch (JIT) load the same files
 * differently; they must give the same verdicts. */
START_TEST(test_modes)
{
	static const unsigned modes[] = { FILTER_LAZY, FILTER_JIT };
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;

	ck_assert_int_eq(filter_set_load(test_dir, NULL, modes[_i], d, &fs),
	    0);
	for (size_t k = 0; k < G_N_ELEMENTS(cases); k++) {
		struct msg *m;
		struct match_result r;
		char *list = case_run(fs, k, &m, &r);

		ck_assert_msg(strcmp(list, cases[k].rules) == 0,
		    "mode %u '%s': got '%s'", modes[_i], cases[k].body, list);
		g_free(list);
		match_result_clear(&r);
		msg_free(&m);
	}
	filter_set_free(&fs);
	diag_free(&d);
}
END_TEST

/* Mistakes in concept files and their use, each at file:line:col. */
static const struct {
	const char *file;
	const char *text;
	const char *rules;
	const char *diag;	/* substring of some diagnostic */
	int ok;			/* loads (warnings only) */
} bad_cases[] = {
	{ "en.concepts", "lang en\nconcept x\n    words ab*\n",
	  "rule r\n    pattern /{x}/\n    desc d\n",
	  "en.concepts:3:", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words a*b\n",
	  "rule r\n    pattern /{x}/\n    desc d\n",
	  "'*' must end a word", 0 },
	{ "en.concepts", "lang en\nconcept x\n",
	  "rule r\n    pattern /{x}/\n    desc d\n",
	  "en.concepts:2:9: error: concept 'x' is empty", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    pattern /a{y}/\n    desc d\n",
	  "safety.rules:2:15: error: unknown concept 'y'", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n"
	  "concept unused\n    words smoke\n",
	  "rule r\n    pattern /{x}/\n    desc d\n",
	  "en.concepts:4:9: warning: concept 'unused' is not used", 1 },
	{ "en.concepts", "lang xx\nconcept x\n    words fire\n",
	  "rule r\n    pattern /{x}/\n    desc d\n",
	  "unknown language 'xx'", 0 },
	{ "en.concepts", "lang en\nconcept x\n    pattern (fire\n",
	  "rule r\n    pattern /{x}/\n    desc d\n",
	  "en.concepts:3:18: error: bad pattern: missing closing", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    pattern /{x}/\n    unless x\n    desc d\n",
	  "concept 'x' has no scope", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    near {x} 4\n    desc d\n",
	  "'near' needs {concept} {concept} N", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n"
	  "    scope sideways\n",
	  "rule r\n    pattern /{x}/\n    desc d\n",
	  "'scope' needs before N", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    pattern /{x}/\n    lang en,zz\n    desc d\n",
	  "safety.rules:3:13: error: unknown language 'zz'", 0 },
	{ "en.concepts", "lang en\nconcept x\n    pattern (a+)+b\n",
	  "rule r\n    pattern /{x}/\n    desc d\n",
	  "en.concepts:3:13: warning: pattern may backtrack", 1 },
	/* {3} is a quantifier, not a concept. */
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    pattern /{x}a{3}/\n    desc d\n", "", 1 },
	/* near takes N words (0 to 30), "paragraph" or "zone", nothing
	 * else. */
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    near {x} {x} page\n    desc d\n",
	  "safety.rules:2:10: error: 'near' needs {concept} {concept} N", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    near {x} {x} paragraph\n    desc d\n", "", 1 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    near {x} {x} zone\n    desc d\n", "", 1 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    near {x} {x} -1\n    desc d\n",
	  "safety.rules:2:10: error: 'near' needs {concept} {concept} N", 0 },
	{ "en.concepts", "lang en\nconcept x\n    words fire\n",
	  "rule r\n    near {x} {x} 31\n    desc d\n",
	  "safety.rules:2:10: error: 'near' needs {concept} {concept} N", 0 },
};

START_TEST(test_bad)
{
	char *dir = g_dir_make_tmp("check_concept.XXXXXX", NULL);
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;
	int rc, found = 0;

	put(dir, bad_cases[_i].file, bad_cases[_i].text);
	put(dir, "safety.rules", bad_cases[_i].rules);
	rc = filter_set_load(dir, NULL, 0, d, &fs);
	for (size_t i = 0; i < diag_len(d); i++)
		if (strstr(diag_text(d, i), bad_cases[_i].diag) != NULL)
			found = 1;
	if (!found || (rc == 0) != bad_cases[_i].ok)
		diag_print(d, stderr);
	ck_assert_msg(found, "no diagnostic '%s'", bad_cases[_i].diag);
	ck_assert_int_eq(rc == 0, bad_cases[_i].ok);
	filter_set_free(&fs);
	diag_free(&d);
	tdir_remove(dir);
	g_free(dir);
}
END_TEST

/* One message per process (lazy) reads a language's words when a message
 * first needs it: a mistake in another language's file does not stop
 * the set from loading (check, which reads all, refuses it), and is named
 * in the error of every message in that language; words from a file
 * without "lang" count for each language, in file order. */
START_TEST(test_lazy_late)
{
	char *dir = g_dir_make_tmp("check_concept.XXXXXX", NULL);
	struct diag *d = diag_new();
	struct filter_set *fs = NULL;
	static const struct {
		const char *body;
		const char *rules;
		const char *error;	/* substring, or NULL: none */
	} late[] = {
		{ "Hello, the kettle melted this morning and we are not "
		  "able to use it.", "safety/product_fire", NULL },
		{ "Hallo, der Wasserkocher ist heute geschmolzen und wir "
		  "können ihn nicht mehr benutzen.", "safety/product_fire",
		  "de.concepts:3:" },
		{ "Hallo, der Wasserkocher brennt lichterloh und wir wissen "
		  "nicht, was wir tun sollen.", "safety/product_fire",
		  "'*' must end a word of at least 3 letters in 'ab*'" },
		{ "Hello, the kettle is ablaze and we do not know what to "
		  "do with it.", "safety/product_fire", NULL },
	};

	put(dir, "en.concepts", "lang en\nconcept product\n"
	    "    words kettle\nconcept fire\n    words melted\n");
	put(dir, "de.concepts", "lang de\nconcept product\n"
	    "    words Wasserkocher, ab*\nconcept fire\n"
	    "    words geschmolzen\n");
	put(dir, "all.concepts", "concept fire\n    words ablaze, "
	    "lichterloh\n");
	put(dir, "safety.rules", "rule product_fire\n"
	    "    near {product} {fire} 4\n    weight 2\n    desc d\n");
	ck_assert_int_eq(filter_set_load(dir, NULL, 0, d, &fs), -1);
	ck_assert_int_eq(filter_set_load(dir, NULL, FILTER_LAZY, d, &fs), 0);
	for (size_t k = 0; k < G_N_ELEMENTS(late); k++) {
		struct msg *m = mail("Subject: x\n", late[k].body);
		struct match_result r;
		char *list;

		ck_assert_int_eq(match_run(fs, m, NULL, 0, &r), 0);
		list = match_rules_list(&r);
		ck_assert_msg(strcmp(list, late[k].rules) == 0, "'%s': got "
		    "'%s'", late[k].body, list);
		if (late[k].error == NULL)
			ck_assert_msg(r.error == NULL, "'%s': error %s",
			    late[k].body, r.error);
		else
			ck_assert_msg(r.error != NULL && strstr(r.error,
			    late[k].error) != NULL, "'%s': error %s",
			    late[k].body, r.error != NULL ? r.error : "none");
		g_free(list);
		match_result_clear(&r);
		msg_free(&m);
	}
	filter_set_free(&fs);
	diag_free(&d);
	tdir_remove(dir);
	g_free(dir);
}
END_TEST

static const struct {
	const char *text;
	const char *hint;
	const char *lang;
} lang_cases[] = {
	{ "Hello, the app has not been working since this morning and we "
	  "can't log in.", NULL, "en" },
	{ "Hallo, seit heute Morgen funktioniert die App nicht und wir "
	  "können uns nicht anmelden.", NULL, "de" },
	{ "Bonjour, depuis ce matin l'application ne marche pas et nous ne "
	  "pouvons pas nous connecter.", NULL, "fr" },
	{ "Hola, desde esta mañana la aplicación no funciona y no podemos "
	  "entrar con mi cuenta.", NULL, "es" },
	{ "Olá, desde hoje de manhã o aplicativo não funciona e não "
	  "conseguimos entrar na minha conta.", NULL, "pt" },
	{ "Buongiorno, da questa mattina l'app non funziona e non riusciamo "
	  "ad accedere al mio account.", NULL, "it" },
	{ "Hallo, sinds vanochtend werkt de app niet en kunnen wij niet "
	  "inloggen op mijn account.", NULL, "nl" },
	/* Short how-to questions: the everyday words of each language
	 * (come, senza, pelo, só) tell them apart. */
	{ "Ciao, come cambio la password dall'app? Entro senza problemi, "
	  "voglio solo metterne una nuova.", NULL, "it" },
	{ "Oi, como eu troco minha senha pelo app? Consigo entrar normal, "
	  "só quero mudar.", NULL, "pt" },
	{ "Order 4711", NULL, "-" },
	{ "Order 4711 ok", "de-CH", "de" },
	/* The text outvotes a wrong hint. */
	{ "Hello, the app has not been working since this morning and we "
	  "can't log in to the portal, please help.", "fr", "en" },
};

START_TEST(test_lang)
{
	int l = lang_guess(lang_cases[_i].text, strlen(lang_cases[_i].text),
	    lang_cases[_i].hint);

	ck_assert_str_eq(l >= 0 ? lang_name(l) : "-", lang_cases[_i].lang);
}
END_TEST

static Suite *
concept_suite(void)
{
	Suite *s = suite_create("concept");
	TCase *tc = tcase_create("match");
	TCase *tb = tcase_create("bad");
	TCase *tl = tcase_create("lang");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_cases, 0, G_N_ELEMENTS(cases));
	tcase_add_loop_test(tc, test_modes, 0, 2);
	suite_add_tcase(s, tc);
	tcase_add_loop_test(tb, test_bad, 0, G_N_ELEMENTS(bad_cases));
	tcase_add_test(tb, test_lazy_late);
	suite_add_tcase(s, tb);
	tcase_add_loop_test(tl, test_lang, 0, G_N_ELEMENTS(lang_cases));
	suite_add_tcase(s, tl);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(concept_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
