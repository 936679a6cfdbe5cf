/* Configuration: a GKeyFile (conf/mailtriage.conf), every key in one
 * table with its type, default and help. Missing file = built-in defaults. */
#ifndef CONF_H
#define CONF_H

#include <stddef.h>
#include <stdio.h>
#include "mt.h"

struct diag;

struct conf_level {
	char *folder;		/* Maildir++ folder, e.g. "Triage.High" */
	double sla_hours;	/* response target */
};

struct conf {
	char *path;		/* the file read, or NULL for defaults */
	char *maildir;		/* Maildir root */
	char *ledger;		/* ledger file; default <maildir>/mailtriage.db */
	int ledger_configured;	/* the ledger path was set explicitly */
	double ledger_timeout;	/* seconds to wait for a busy ledger */
	char *filters;		/* shipped filter directory */
	char *local_filters;	/* site filter directory, or NULL */
	char *error_folder;	/* where unclassifiable mail goes; "" = INBOX */
	enum mt_level signal_level[SIG_COUNT];
	enum mt_level none_level;
	struct conf_level level[LEVEL_COUNT];
	size_t max_parse_size;	/* larger messages are delivered unparsed */
	unsigned long match_limit;
};

/* Reads path (NULL: built-in defaults only). Every problem goes to d as
 * file:line:col; returns 0 and *out, or -1 (nothing returned).
 * Defaults that depend on the environment: maildir = $MAILDIR, else
 * ~/Maildir; filters = the installed directory, else the source tree's.
 * Caller frees with conf_free(). */
int conf_load(const char *path, struct diag *d, struct conf **out);
void conf_free(struct conf **c);

/* Sets maildir (and the ledger default that follows it, unless the
 * ledger was configured explicitly). */
void conf_set_maildir(struct conf *c, const char *maildir);
void conf_set_filters(struct conf *c, const char *dir);

/* The config file used when -c is not given: the system one if it
 * exists, else NULL. */
const char *conf_default_path(void);

/* Writes the key table as an annotated example config. */
void conf_print_keys(FILE *fp);

#endif
