/* Subcommands as data: each cmd-*.c exports one struct cmd_entry, and
 * main.c lists them in a table. cmd.c holds what they share. */
#ifndef CMD_H
#define CMD_H

#include <stddef.h>

struct _GOptionEntry;		/* GLib's option entry, used only by cmd.c */
struct conf;
struct ledger;
struct filter_set;
struct rx_scratch;
struct tier_table;

struct cmd_entry {
	const char *name;
	const char *args;	/* "[-c FILE] [--maildir DIR]" */
	const char *summary;	/* one line for --help */
	int (*exec)(const struct cmd_entry *self, int argc, char **argv);
};

/* Options every subcommand takes. */
struct cmd_common {
	char *config;		/* -c FILE */
	char *maildir;		/* --maildir DIR */
	char *filters;		/* --filters DIR */
	int verbose;		/* -v */
	int quiet;		/* -q */
	int version;		/* --version */
};

/* What a subcommand runs with; cmd_env_free releases it. */
struct cmd_env {
	struct conf *conf;
	struct filter_set *filters;
	struct rx_scratch *scratch;	/* with the configured match limit */
	struct tier_table *tiers;	/* customer tier lists */
};

/* Parses argv with the common options plus extra (may be NULL);
 * leaves positional arguments in argc and argv. Returns 0, or a sysexits
 * code (EX_USAGE) after printing the problem; --version prints and
 * returns -1 (the caller exits 0). */
int cmd_parse(const struct cmd_entry *e, int *argc, char ***argv,
    const struct _GOptionEntry *extra, struct cmd_common *co);
void cmd_common_clear(struct cmd_common *co);

/* Loads the config (-c, else the system file, else defaults), applies
 * --maildir and --filters, and loads the filters (with filter_flags).
 * Problems are printed as file:line:col. Returns 0, or EX_CONFIG. */
int cmd_load(const struct cmd_common *co, unsigned filter_flags,
    struct cmd_env *env);
void cmd_env_free(struct cmd_env *env);

/* For the commands that read the ledger but never create one: 0 when
 * the configured ledger exists, else EX_NOINPUT (logged). */
int cmd_ledger_exists(const struct conf *c);
/* Opens the configured ledger with the configured busy timeout: 0 and
 * *l, or EX_TEMPFAIL (logged). */
int cmd_ledger_open(const struct conf *c, struct ledger **l);
/* Opens the ledger to file mail into it: checked for damage first
 * ([general] ledger_check). 0, or -1 with *err (caller frees): the
 * caller defers. */
int cmd_ledger_write(const struct conf *c, time_t now, struct ledger **l,
    char **err);

/* Reads all of fd. Returns 0 with *buf (caller frees) or -1 (errno). */
int cmd_read_all(int fd, char **buf, size_t *len);

/* Writes all of buf to fd. 0 or -1 (errno). */
int cmd_write_all(int fd, const char *buf, size_t len);

extern const struct cmd_entry cmd_deliver_entry;
extern const struct cmd_entry cmd_filter_entry;
extern const struct cmd_entry cmd_list_entry;
extern const struct cmd_entry cmd_sla_entry;
extern const struct cmd_entry cmd_scan_entry;
extern const struct cmd_entry cmd_poll_entry;
extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_explain_entry;
extern const struct cmd_entry cmd_test_filters_entry;
extern const struct cmd_entry cmd_report_entry;

#endif
