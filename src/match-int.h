/* The insides of a match run, shared by match.c (rules, patterns,
 * scores) and match-scope.c (where concept words are in a text, and
 * which scope cue reaches a hit). Nothing else includes this. */
#ifndef MATCH_INT_H
#define MATCH_INT_H

#include <stddef.h>

#include <glib.h>

struct filter_concept;
struct filter_rule;
struct filter_set;
struct msg;
struct rx_litscan;
struct rx_scratch;

/* A span of text: a hit, or one part of a "near" hit. */
struct match_span {
	size_t s;
	size_t e;
};

/* What one message run needs besides the rule. */
struct match_run_state {
	const struct filter_set *fs;
	const struct msg *m;
	struct rx_scratch *s;
	GArray *cache;
	GArray *hits;
	GArray *cancels;
	GArray *found;		/* a concept's matches while it is sought */
	GArray *starts;		/* where a rule pattern is tried anchored */
	GPtrArray *texts;	/* struct match_text: per zone text, where
				 * concepts may match and where they do */
	struct match_text *last_text;	/* of texts, the one last asked for */
	GString *errs;
	unsigned langs;		/* languages whose patterns run */
	unsigned cue_langs;	/* languages whose scope cues count: the
				 * guess alone (English "no" is Spanish
				 * "in the"), all when unsure */
};

struct match_whit;

/* What is known of one zone text: per concept (by id) where its words
 * may start (struct match_whit, once for all concepts), and where it
 * matches for the run's languages (slot 0) and for its scope cues'
 * (slot 1), each found once. */
struct match_text {
	const char *text;
	guint n;		/* concepts in the set */
	int words;		/* whits made */
	int unsure;		/* a word the index may miss: one too long,
				 * or with a long s (U+017F) */
	guint *wstart;		/* n + 1: concept id's whits (struct
				 * match_whit) are wall[wstart[id] ..
				 * wstart[id + 1]), in text order */
	struct match_whit *wall;
	GArray **spans[2];	/* struct match_span, by start */
	GArray *none;		/* what every concept found nowhere in the
				 * text points to */
};

/* match.c */
/* What the set's literal prefilter found in text (a zone text of the
 * message), scanned on first use. Owned by st. */
const struct rx_litscan *match_seen(struct match_run_state *st,
    const char *text, size_t len);

/* match-scope.c */
void match_text_clear(gpointer p);	/* for st->texts */
/* Every match of c's words (languages langs: the run's langs or its
 * cue_langs) in text, found once per run: struct match_span by start,
 * owned by st. */
GArray *match_concept(struct match_run_state *st,
    const struct filter_concept *c, const char *text, size_t len,
    unsigned langs);
/* Whether c in language l may match in text (a zone text): 0 when
 * neither its words nor its patterns can; else 1 and *at, an offset
 * before which none of its matches starts. */
int match_concept_can(struct match_run_state *st,
    const struct filter_concept *c, int l, const char *text, size_t len,
    size_t *at);
/* Every place of text (a zone text) from from on where a match of c in
 * l may start, in order (one more than once): out (size_t). Returns 0, or -1
 * when they cannot all be known (a word the index may miss, a pattern
 * with \K or a verb, a limit hit). */
int match_concept_starts(struct match_run_state *st,
    const struct filter_concept *c, int l, const char *text, size_t len,
    size_t from, GArray *out);
/* The scope of r that takes back a hit made of parts (one, or two for
 * "near"), or NULL; *cue gets its words, in *cue_text (text, or for a
 * zone scope of a subject hit the body). */
const struct filter_concept *match_scoped(struct match_run_state *st,
    const struct filter_rule *r, const char *text, size_t len,
    const struct match_span *parts, size_t nparts, struct match_span *cue,
    const char **cue_text);
/* Whether [s, e) of text holds at most n words and nothing that ends a
 * clause. */
int match_gap(const char *text, size_t len, size_t s, size_t e, int n);
/* "near ... paragraph": at most this many bytes between the two. */
#define MATCH_PARAGRAPH_SPAN 400
int match_same_paragraph(const char *text, size_t s, size_t e);

#endif
