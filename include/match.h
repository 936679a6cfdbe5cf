/* Running a filter set over a message. */
#ifndef MATCH_H
#define MATCH_H

#include <stddef.h>

struct filter_set;
struct msg;
struct rx_scratch;

struct match_hit {
	size_t cls;		/* class index in the filter set */
	const char *rule_id;	/* "outage/site_down", owned by the set */
	const char *desc;	/* owned by the set */
	double weight;
	const char *zone;	/* zone it matched first: "subject", "body",
				 * "header:X-Foo", ... (owned by the set) */
	char *text;		/* the matched text */
	char *context;		/* the match with up to ~40 chars either side,
				 * on one line */
	const char *concepts;	/* "product fire": the concepts of the
				 * pattern or term that matched, or NULL */
	char *concepts_owned;	/* what concepts points to when the result
				 * owns it */
};

/* A match that a scope concept took back ("no smoke", "how do I ..."). */
struct match_cancel {
	const char *rule_id;	/* owned by the set */
	const char *zone;	/* owned by the set */
	const char *scope;	/* the scope concept's name (the set's) */
	char *text;		/* what the rule matched */
	char *cue;		/* the words of the scope that cancelled it */
};

enum match_flags {
	/* The subject repeats an earlier one (a reply): its words count
	 * only for a class the new text supports. */
	MATCH_SUBJECT_INHERITED = 1 << 0,
};

struct match_result {
	size_t nclass;
	double *score;		/* per class: sum of weights of matched rules
				 * (each rule counts once) */
	unsigned char *fired;	/* per class: score >= threshold */
	unsigned signals;	/* mask (1u << enum mt_signal) that fired */
	struct match_hit *hits;	/* matched rules, in file order */
	size_t nhits;
	char *error;		/* NULL, or the rules that hit a limit, e.g.
				 * "outage/x: match limit exceeded" */
	struct match_cancel *cancels;	/* matches scopes took back */
	size_t ncancels;
	int lang;		/* enum lang guessed, or -1 */
	int subject_inherited;	/* MATCH_SUBJECT_INHERITED was given */
	unsigned subject_dropped; /* classes whose subject hits did not count
				 * (bit per class, first 32) */
	unsigned yielded;	/* signal classes that reached their threshold
				 * but yielded to a rival (bit per class) */
	signed char yield_to[32]; /* for a class in yielded: the rival */
};

/* Runs every rule over its zones. A rule that hits a limit counts as not
 * matched and is named in out->error (the caller logs it once). The
 * message's language is guessed first: concept patterns run for it and
 * English (for all languages when the guess is unsure). A match inside
 * the reach of one of the rule's "unless" scopes does not count, and the
 * rule looks further. flags: enum match_flags.
 * scratch may be NULL (one is made for the call). Returns 0, or -1 only
 * on out-of-memory. Clear with match_result_clear(). */
int match_run(const struct filter_set *fs, const struct msg *m,
    struct rx_scratch *scratch, unsigned flags, struct match_result *out);
void match_result_clear(struct match_result *r);

/* "outage/site_down payment/double_charge" (signal classes first, in
 * precedence order, then context classes). Caller frees. */
char *match_rules_list(const struct match_result *r);

#endif
