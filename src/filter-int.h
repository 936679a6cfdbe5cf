/* The insides of a filter set, shared by filter-parse.c (one file),
 * filter.c (the set) and match.c (which runs it). Nothing else includes
 * this. */
#ifndef FILTER_INT_H
#define FILTER_INT_H

#include <stddef.h>

#include <glib.h>

struct rx;
struct rx_litset;

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
	int *need;		/* per pattern: its handle in the set's
				 * literal prefilter, or -1 (always run) */
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
};

struct filter_set {
	GPtrArray *classes;	/* struct filter_class *: the signal classes
				 * in precedence order, then the rest by name */
	size_t nrules;
	struct rx_litset *lits;	/* the strings the patterns need */
};

struct diag;

/* filter-parse.c */
struct filter_class *filter_class_new(const char *name, const char *file);
void filter_class_free(gpointer c);	/* NULL-safe */
void filter_rule_free(gpointer r);	/* NULL-safe */
/* Reads path as the rules of class name; local allows "disable".
 * Reports every problem to d and returns how many were errors; *out is
 * set either way. Caller frees *out with filter_class_free(). */
int filter_parse_file(const char *path, const char *name, int local,
    struct diag *d, struct filter_class **out);

#endif
