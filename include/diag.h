/* Diagnostics for config and filter files: "file:line:col: message",
 * collected so that every problem is reported before failing. */
#ifndef DIAG_H
#define DIAG_H

#include <stdio.h>

enum diag_severity { DIAG_ERROR, DIAG_WARNING };

struct diag;

struct diag *diag_new(void);
void diag_free(struct diag **d);	/* NULL-safe, sets *d to NULL */

/* line and col are 1-based; 0 means "not known" and is left out. */
void diag_add(struct diag *d, enum diag_severity sev, const char *file,
    int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* 1-based column of at in line, counted in UTF-8 characters; 0 when at
 * is NULL. */
int diag_col(const char *line, const char *at);

size_t diag_count(const struct diag *d, enum diag_severity sev);
size_t diag_len(const struct diag *d);
/* The n-th entry formatted as "file:line:col: error: message". Owned by d. */
const char *diag_text(const struct diag *d, size_t n);
void diag_print(const struct diag *d, FILE *fp);

#endif
