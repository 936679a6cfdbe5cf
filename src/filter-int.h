/* The insides of a filter set, shared by filter-parse.c (one file),
 * filter.c (the set) and match.c (which runs it). Nothing else includes
 * this. */
#ifndef FILTER_INT_H
#define FILTER_INT_H

#include <stddef.h>

#include <glib.h>

#include "diag.h"
#include "lang.h"
#include "mt.h"

struct rx;
struct rx_litset;

/* How far a scope concept's cue reaches from a hit (the "unless" of a
 * rule): the N words before or after it in its clause, its clause, its
 * sentence, or a cue that overlaps the hit itself (an idiom); a
 * condition: its clause, or its whole sentence when that asks ("if
 * they arrive thawed, do I get my money back?"); a zone: anywhere in
 * the hit's zone (the mail asks for an errand: "please change my
 * delivery address"). */
enum filter_scope {
	SCOPE_NONE,
	SCOPE_BEFORE,
	SCOPE_AFTER,
	SCOPE_CLAUSE,
	SCOPE_SENTENCE,
	SCOPE_OVERLAP,
	SCOPE_CONDITION,
	SCOPE_ZONE,
};

/* The words entries of one concept in one language that share a key
 * (an entry's first word, lower case, accents also folded): tried,
 * anchored, only where a word of the text is or starts with the key. */
struct filter_wgroup {
	const struct filter_concept *c;
	int lang;
	GString *alt;		/* "\\bw1\\b|\\bw2\\w*|...", or NULL
				 * for the gate of c's keyed patterns in
				 * lang (palt: tried when a text has one of
				 * their keys) */
	struct rx *rx;		/* alt compiled anchored, on first use */
	unsigned char bad;	/* alt did not compile */
	unsigned char prefix;	/* an entry may match where a word only
				 * starts with the key (a '*' in its first
				 * word); else only where a word is the key */
};

/* A named vocabulary, "concept NAME" in the *.concepts files: per
 * language a regex alternation that rules use as {NAME}. */
struct filter_concept {
	char *name;
	guint id;		/* its place in the set's list */
	char *file;		/* where it was first defined */
	int line;
	int col;
	GString *alt[LANG_COUNT];	/* "\\bw1\\b|\\bw2\\w*|...", or NULL */
	enum filter_scope scope;
	int scope_n;		/* words, for before/after */
	int scope_line;		/* 0: no scope given */
	char *scope_file;
	int used;		/* referenced by a rule */
	/* For finding the concept in a whole text, alt[] in three parts:
	 * the words entries, grouped by key (groups: key -> struct
	 * filter_wgroup *, and the set's index); the patterns with keys
	 * (palt), tried only when the text has a word that is or starts
	 * with one of pkeys (the index holds them, as gate); and what has no key (aalt: an entry that
	 * starts with no letter, a pattern without a leading literal),
	 * always tried. */
	GHashTable *groups[LANG_COUNT];
	GString *palt[LANG_COUNT];
	GHashTable *pkeys[LANG_COUNT];	/* char * -> itself */
	struct filter_wgroup *gate[LANG_COUNT];	/* indexed by pkeys */
	GString *aalt[LANG_COUNT];
	struct rx *prx[LANG_COUNT];
	struct rx *arx[LANG_COUNT];
	unsigned char bad[LANG_COUNT];	/* palt or aalt did not compile */
	/* Per language and part (0 palt, 1 aalt): the literal prefilter's
	 * handle of each of its items (batch modes), so that a part none
	 * of whose items can match is not run, or -1 for an item that must
	 * run; NULL when the whole part must. */
	GArray *need[LANG_COUNT][2];
	/* With need: the items' regexes in order (char *), and the
	 * alternations of those a text's prefilter lets through, by their
	 * mask (guint64 -> struct rx *), compiled on first need: the items
	 * that cannot match are not tried. */
	GPtrArray *pitems[LANG_COUNT][2];
	GHashTable *subsets[LANG_COUNT][2];
	unsigned char linked[LANG_COUNT];	/* bit per part: its items
				 * may not be left out */
	int jit;		/* JIT-compile when compiled */
	/* What the files say, per language (struct filter_citem *); made
	 * into alt[] and the parts above when the language is first
	 * needed: one message per process reads one or two of seven. */
	GPtrArray *items[LANG_COUNT];
	unsigned char has[LANG_COUNT];	/* the files give it words or
					 * patterns in that language */
	unsigned char built[LANG_COUNT];
	unsigned char indexed[LANG_COUNT];
};

/* One "words" entry or "pattern" of a concept, as read. */
struct filter_citem {
	char *text;		/* the entry, or the pattern's source */
	int pattern;
};

/* "near ... paragraph": n of a term whose two concepts may be anywhere in
 * one paragraph, a few lines apart. */
#define FILTER_NEAR_PARAGRAPH (-1)
/* "near ... zone": anywhere in the same zone (the body, say), however far
 * apart. */
#define FILTER_NEAR_ZONE (-2)

/* "near {a} {b} N": a word of concept a within N words of one of b, in
 * one clause, either order (or in one paragraph); "{a}" alone has b NULL. */
struct filter_term {
	struct filter_concept *a;
	struct filter_concept *b;
	int n;			/* words apart at most, in one clause;
				 * FILTER_NEAR_PARAGRAPH: one paragraph;
				 * FILTER_NEAR_ZONE: one zone */
};

/* A key of the set's index of word groups, hashed with filter_wkey_step
 * from FILTER_WKEY_SEED byte by byte: every beginning of a word is then
 * hashed in one pass over it. */
struct filter_wkey {
	guint hash;
	guint len;
	const char *s;		/* not NUL-terminated when looked up */
};

#define FILTER_WKEY_SEED	5381u
#define filter_wkey_step(h, c)	((h) * 33u + (unsigned char)(c))

struct filter_concepts {
	int lazy;		/* rules keep concept patterns as source */
	int jit;		/* JIT-compile concepts (batch modes) */
	GHashTable *by_name;	/* name -> struct filter_concept * */
	GHashTable *index;	/* struct filter_wkey -> GPtrArray of the
				 * struct filter_wgroup * of every used
				 * concept and language with that key
				 * (finish) */
	GHashTable *pindex;	/* the same for the beginnings of words:
				 * only the groups with prefix set, and
				 * the gates */
	GHashTable *heads;	/* struct filter_wkey: the first 3 letters
				 * of every key of 3 or more: a word that
				 * starts otherwise needs no lookup */
	GPtrArray *tmp;		/* while reading: one entry's keys */
	struct rx_litset *lits;	/* the set's literal prefilter, or NULL
				 * (lazy): not owned */
	GPtrArray *list;	/* owns them, in order of definition */
	/* One message per process (lazy): the files as read, in order
	 * (struct concept_later), whose words and patterns are read for a
	 * language when a message first needs it; what is wrong in them
	 * then, per language, for the message's X-Triage-Error (check
	 * reads everything at once). */
	GPtrArray *later;
	unsigned char read[LANG_COUNT];
	GString *late_errs[LANG_COUNT];
	unsigned ready;		/* languages (bits) whose used concepts
				 * filter_concepts_build() has all made */
};

/* Matches of a pattern before it is JIT-compiled (batch modes). */
#define FILTER_JIT_USES	8
#define FILTER_JIT_GROUP_USES	32	/* of a concept's word group */

/* A zone a rule reads: one of enum msg_zone, or a header by name. */
struct filter_zone {
	int zone;		/* enum msg_zone, or -1 for a header */
	char *name;		/* "subject", "header:X-Foo" */
	const char *header;	/* into name after "header:", else NULL */
};

/* "lang ... unsure": the rule also runs when the language guess is unsure. */
#define FILTER_LANG_UNSURE (1u << 31)

struct filter_rule {
	char *id;		/* full id, "outage/site_down" */
	char *desc;
	double weight;
	struct filter_zone *zones;
	size_t nzones;
	struct rx **pats;	/* the rule matches if any of them does */
	size_t npats;
	int *need;		/* per pattern: its handle in the set's
				 * literal prefilter, or -1 (always run) */
	int *pat_lang;		/* per pattern: the language its concepts
				 * were expanded for, or -1 (any) */
	char **pat_src;		/* per pattern: the expanded source while
				 * not compiled yet (FILTER_LAZY), or NULL */
	unsigned *pat_flags;	/* per pattern: its enum rx_flags */
	char **pat_concepts;	/* per pattern: "product fire" (the
				 * concepts it uses), or NULL */
	struct filter_term *terms;	/* concept terms: any of them, or
				 * any pattern, makes the rule match */
	size_t nterms;
	struct filter_concept **unless;	/* scopes that cancel a hit */
	size_t nunless;
	unsigned langs;		/* "lang": only for these (mask), 0 all;
				 * FILTER_LANG_UNSURE: also when the
				 * guess is unsure */
	struct filter_concept **pat_needc;	/* per pattern: a concept every
				 * match holds (a {name} at its top level), or
				 * NULL: where the text cannot hold it, the
				 * pattern need not run */
	unsigned char *pat_lead;	/* per pattern: its matches start
				 * where pat_needc's do, and are found by
				 * trying it anchored at each of those places
				 * (pat_anch) */
	struct rx **pat_anch;	/* per pattern with pat_lead: compiled
				 * anchored, on first use */
	struct filter_concepts *cs;	/* expands pat_src when compiled */
	unsigned char *pat_expand;	/* per pattern: pat_src still has
				 * {names} to expand for pat_lang */
};

/* "disable ID" in a local overlay file. */
struct filter_disable {
	char *id;		/* short id */
	int line;
	int col;
};

struct filter_class {
	char *name;
	double threshold;
	GPtrArray *rules;	/* struct filter_rule *, in file order */
	GPtrArray *disables;	/* struct filter_disable *, overlays only */
	char *file;		/* where the threshold was set, for messages */
	int thr_line;		/* 0 when the default */
	int thr_col;
	GPtrArray *rivals;	/* struct filter_rival_decl *: "rival NAME [M]" */
	int rivals_none;	/* an overlay's "rival none": drop the shipped */
};

/* "rival NAME [MARGIN]" as written, resolved by filter.c. */
struct filter_rival_decl {
	char *name;
	double margin;
	char *file;
	int line;
	int col;
};

struct filter_set {
	GPtrArray *classes;	/* struct filter_class *: the signal classes
				 * in precedence order, then the rest by name */
	size_t nrules;
	struct rx_litset *lits;	/* the strings the patterns need */
	struct filter_concepts *concepts;
	/* Rival signal classes ("rival"): rival[a][b] set both ways, with
	 * the margin by which the higher score must lead. */
	unsigned char rival[SIG_COUNT][SIG_COUNT];
	double rival_margin[SIG_COUNT][SIG_COUNT];
};

struct diag;

/* filter-parse.c */
/* One file being read. */
struct parse {
	const char *file;
	struct diag *d;
	int local;		/* an overlay file: "disable" allowed */
	struct filter_concepts *cs;	/* what {name} refers to */
	int nerr;
	const char *line;	/* the current line, for columns */
	int lineno;
	struct filter_class *cls;
	GHashTable *ids;	/* short id -> line first defined */
	struct filter_rule *rule;	/* the rule being read, or NULL */
	int rule_line;
	int rule_col;
	int rule_keep;		/* 0 after a bad or duplicate id */
	unsigned seen;		/* rule keys given so far, by table index */
};

/* 1-based column of at in ps's current line, in characters. */
int filter_col(const struct parse *ps, const char *at);
/* Reports a problem at line, col of ps's file; an error counts in nerr. */
void filter_diag(struct parse *ps, enum diag_severity sev, int line,
    int col, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
#define filter_error(ps, at, ...) \
	filter_diag(ps, DIAG_ERROR, (ps)->lineno, filter_col(ps, at), __VA_ARGS__)
char *filter_skip_ws(char *p);

struct filter_class *filter_class_new(const char *name, const char *file);
void filter_class_free(gpointer c);	/* NULL-safe */
void filter_rival_decl_free(gpointer x);	/* NULL-safe */
/* The index of c's "rival name", or c->rivals->len when there is none. */
guint filter_rival_find(const struct filter_class *c, const char *name);
void filter_rule_free(gpointer r);	/* NULL-safe */
/* Reads path as the rules of class name; local allows "disable".
 * Reports every problem to d and returns how many were errors; *out is
 * set either way. Caller frees *out with filter_class_free(). */
int filter_parse_file(const char *path, const char *name, int local,
    struct filter_concepts *cs, struct diag *d, struct filter_class **out);

/* filter-pattern.c */
/* The "pattern", "near" and "unless" keys of a rule: regexes compiled once
 * or per language, concept terms, scope concepts. */
void filter_pattern(struct parse *ps, const char *kw, char *arg);
void filter_near(struct parse *ps, const char *kw, char *arg);
void filter_unless(struct parse *ps, const char *kw, char *arg);
/* Compiles pattern p of r if it was kept as source. Returns 0, or -1
 * with errbuf set when it does not compile (it is then dropped). */
int filter_rule_compile(struct filter_rule *r, size_t p, char *errbuf,
    size_t errsize);
/* Pattern p of r (compiled) compiled anchored, on first use, or NULL
 * when it does not compile so. */
const struct rx *filter_rule_anchored(struct filter_rule *r, size_t p);

/* filter-risk.c: offset of a group repeated without bound that holds an
 * unbounded quantifier (catastrophic backtracking), or -1. */
long filter_backtrack_risk(const char *re, size_t len);

/* filter-words.c */
/* One "words" entry as a regex appended to out: blanks match any blank
 * run, a '*' ending a word of 3 letters or more any continuation, '-' a
 * hyphen, a blank or nothing, an apostrophe either kind, an accented
 * letter also its plain form; whole words. Returns -1 with *bad at a
 * misplaced '*'. */
int filter_word_regex(GString *out, const char *entry, const char **bad);
/* The same rule as filter_word_regex without making the regex: 0, or -1
 * with *bad at a misplaced '*'. */
int filter_word_check(const char *entry, const char **bad);
/* Adds the prefilter keys of a words entry (its first word, lower case,
 * accents folded) to keys; sets *always when it has none. */
void filter_word_keys(GPtrArray *keys, const char *entry, int *always);
/* Whether a words entry may match where a word of the text only starts
 * with one of its keys: a '*' in its first word. Otherwise a match
 * starts at a word that is a key (its whole word regex ends the key
 * where the word ends). */
int filter_word_prefix(const char *entry);
/* Adds the keys of a pattern (the leading literal of each branch) to
 * keys and returns 1, or 0 (nothing added) when a branch has none. */
int filter_pattern_keys(GPtrArray *keys, const char *re);

/* filter-concept.c: the set, its files, {name} in rules */
struct filter_concepts *filter_concepts_new(void);
void filter_concepts_free(struct filter_concepts **cs);	/* NULL-safe */
/* Reads one "*.concepts" file into cs (a concept defined again adds its
 * words). Returns the number of errors, each reported to d. */
int filter_concepts_parse_file(const char *path, struct filter_concepts *cs,
    struct diag *d);
/* Expands every {name} of re (a rule pattern) for language lang into
 * out (lang -1: only checks the names and collects them; out NULL: only
 * checks that lang has words for each). Returns 1 when re used a
 * concept, 0 when it used none (out is a copy), -1 when a concept is unknown (*bad points at its "{"), -2 when
 * one has no words in lang (no variant for that language). names
 * receives "a b" (the concepts used), and each is marked used. */
int filter_concepts_expand(struct filter_concepts *cs, const char *re,
    int lang, GString *out, const char **bad, GString *names);
struct filter_concept *filter_concept_find(struct filter_concepts *cs,
    const char *name);
/* Reads the words and patterns of language l that the files read quick
 * (lazy) left for later, in the order the files were read; once. */
void filter_concepts_read_lang(struct filter_concepts *cs, int l);

/* filter-concept-build.c: a language's words and patterns as regexes */
/* Makes the concepts rules use ready for the languages in mask (their
 * words read if still to be read (lazy), made into regexes and indexed),
 * once per language. What is wrong in words read now is appended to errs
 * (may be NULL), for every message in that language. */
void filter_concepts_build(struct filter_concepts *cs, unsigned mask,
    GString *errs);
/* Compiles the scope concepts that rules use, per language; warns of
 * concepts no rule uses. Returns the number of errors. */
int filter_concepts_finish(struct filter_concepts *cs, struct diag *d);
/* The regex of a concept's pattern: its source, whole words at its
 * ends, appended to re. */
void filter_concept_pattern_regex(GString *re, const char *src);
/* Makes c's items in l into regexes (once); indexed when the set's index
 * exists and a rule uses c. */
void filter_concept_build(struct filter_concepts *cs,
    struct filter_concept *c, int l);
void filter_wgroup_free(gpointer g);
/* The anchored regex of group g (compiled once), or NULL when it does
 * not compile (errbuf says why). */
const struct rx *filter_wgroup_rx(struct filter_wgroup *g, char *errbuf,
    size_t errsize);
/* c's patterns in l compiled (once): part 0 those with keys, only worth
 * running when the text has one (gate[l] in the index), part 1 those
 * without, always. NULL when c has none of that part in l, or they do
 * not compile (errbuf says why; only then is *bad set). */
const struct rx *filter_concept_part_rx(struct filter_concept *c, int l,
    int part, int *bad, char *errbuf, size_t errsize);
/* The alternation of the items of part of c in l that live (a bit per
 * item, in order) holds, compiled on first need; NULL when the part's
 * own alternation serves (all of them, more than 64, items that number
 * groups or refer to them, verbs) or it does not compile. */
const struct rx *filter_concept_subset_rx(struct filter_concept *c, int l,
    int part, guint64 live);

#endif
