/* The insides of a filter set, shared by filter.c (which builds it) and
 * match.c (which runs it). Nothing else includes this. */
#ifndef FILTER_INT_H
#define FILTER_INT_H

#include <stddef.h>

#include <glib.h>

struct rx;

/* A zone a rule reads: one of enum msg_zone, or a header by name. */
struct filter_zone {
	int zone;		/* enum msg_zone, or -1 for a header */
	char *name;		/* "subject", "header:X-Foo" */
	const char *header;	/* into name after "header:", else NULL */
};

struct filter_rule {
	char *id;		/* full id, "outage/site_down" */
	char *desc;
	double weight;
	struct filter_zone *zones;
	size_t nzones;
	struct rx **pats;	/* the rule matches if any of them does */
	size_t npats;
};

struct filter_class {
	char *name;
	double threshold;
	GPtrArray *rules;	/* struct filter_rule *, in file order */
	char *file;		/* where the threshold was set, for messages */
	int thr_line;		/* 0 when the default */
	int thr_col;
};

struct filter_set {
	GPtrArray *classes;	/* struct filter_class *: the signal classes
				 * in precedence order, then the rest by name */
	size_t nrules;
};

#endif
