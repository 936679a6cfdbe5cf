/* A metrics collector: counter and gauge families declared in a table
 * (name, type, help, label names), series keyed by their label values,
 * and the Prometheus text exposition format (version 0.0.4) to serve or
 * to write for node_exporter's textfile collector. Generic: poll uses it
 * through monitor.h, and so can any long-running front end.
 *
 * Thread-safe: one lock guards every family, so an HTTP thread may format
 * while the main thread counts. metrics_hold() makes a group of updates
 * appear to a concurrent metrics_format() at once. */
#ifndef METRICS_H
#define METRICS_H

#include <stddef.h>

enum metric_type { METRIC_COUNTER, METRIC_GAUGE };

#define METRIC_LABELS_MAX 4

struct metric_family {
	const char *name;	/* mailtriage_messages_total */
	enum metric_type type;
	const char *help;	/* one line; escaped on output */
	const char *labels[METRIC_LABELS_MAX + 1];	/* NULL-terminated */
};

struct metrics;

/* A collector for the families fams[0 .. n-1] (static storage: only
 * pointed to). metrics_free(NULL) is a no-op and sets *m to NULL. */
struct metrics *metrics_new(const struct metric_family *fams, size_t n);
void metrics_free(struct metrics **m);

/* Adds v to (metrics_add) or sets to v (metrics_set) the series of
 * family fam whose label values follow, one const char * per label name
 * of the family (NULL reads as ""). A new series starts at 0. */
void metrics_add(struct metrics *m, size_t fam, double v, ...);
void metrics_set(struct metrics *m, size_t fam, double v, ...);
/* The value of a series: 1 and *v, or 0 when it has none. */
int metrics_get(struct metrics *m, size_t fam, double *v, ...);
/* Forgets every series of fam (gauges rebuilt from scratch). */
void metrics_clear(struct metrics *m, size_t fam);
/* Calls fn for each series of fam, ordered by label values. fn must not
 * call back into m. */
void metrics_each(struct metrics *m, size_t fam,
    void (*fn)(const char *const *values, double v, void *arg), void *arg);

/* Between hold and release (which nest), a concurrent format waits. */
void metrics_hold(struct metrics *m);
void metrics_release(struct metrics *m);

/* The text exposition of every family with a series: # HELP and # TYPE
 * lines, then the series ordered by label values. Caller frees. */
char *metrics_format(struct metrics *m);

/* Reads text as metrics_format writes it back into m: each sample of a
 * family m knows is set; comments, unknown families and malformed lines
 * are skipped. Returns how many samples were set. */
size_t metrics_parse(struct metrics *m, const char *text);

/* Writes preamble (comment lines, may be NULL) and the exposition to
 * path atomically: a temporary file PATH.XXXXXX in the same directory
 * (not *.prom, so node_exporter never reads it half-written), fsync,
 * rename, mode 0644 (whatever the umask), fsync of the directory. 0, or
 * -1 with *err (caller frees). */
int metrics_write_file(struct metrics *m, const char *path,
    const char *preamble, char **err);

#endif
