/* Subcommands as data: each cmd-*.c exports one struct cmd_entry that
 * declares what the command needs (config, filters, JIT, the ledger to
 * read or to file into, the Maildir owner's rights, and whether it is an
 * MTA's delivery agent, whose every failure defers); main.c lists them
 * and cmd_run() prepares each need once, in one order, before the
 * command runs. cmd.c holds what they share. */
#ifndef CMD_H
#define CMD_H

#include <stddef.h>
#include <time.h>

struct _GOptionEntry;		/* GLib's option entry, used only by cmd.c */
struct conf;
struct ledger;
struct filter_set;
struct rx_scratch;
struct tier_table;

/* What a command needs before it runs (struct cmd_entry.needs). */
enum cmd_need {
	CMD_CONFIG = 1u << 0,	/* the config and the tier lists */
	CMD_FILTERS = 1u << 1,	/* + the filter set (one message: lazily) */
	CMD_JIT = 1u << 2,	/* + every rule compiled with JIT: runs long */
	CMD_LEDGER = 1u << 3,	/* an existing ledger (else EX_NOINPUT) */
	CMD_LEDGER_MAYBE = 1u << 4, /* the ledger if there is one and it
				 * opens (else a warning) */
	CMD_FILE = 1u << 5,	/* the ledger to file into: made if missing
				 * (unless CMD_LEDGER), checked for damage */
	CMD_OWNER = 1u << 6,	/* as root, become the Maildir's owner
				 * before the ledger is opened */
	CMD_MAILDIR = 1u << 8,	/* files into the Maildir: its root is made
				 * (as its owner) before the ledger */
	CMD_RECORD = 1u << 9,	/* runs unattended: its errors and warnings
				 * are kept beside the ledger (errlog.h) */
	CMD_DEFERS = 1u << 7,	/* an MTA's delivery agent: a usage, config
				 * or ledger problem defers (EX_TEMPFAIL)
				 * instead of bouncing the mail */
	CMD_SHARED = 1u << 10,	/* with CMD_JIT: every language's concepts
				 * made at load, before workers fork off
				 * and share them */
};

struct cmd_ctx;

struct cmd_entry {
	const char *name;
	const char *args;	/* "[-c FILE] [--maildir DIR]" */
	const char *summary;	/* one line for --help */
	unsigned needs;		/* enum cmd_need */
	int max_args;		/* positional arguments allowed; -1: any */
	/* Its own options (static storage, NULL-terminated), or NULL. */
	const struct _GOptionEntry *options;
	/* After parsing, before anything is loaded: checks the arguments
	 * and may change cx->needs (e.g. --dry-run needs no ledger).
	 * 0, or a sysexits code. NULL: nothing to check. */
	int (*plan)(struct cmd_ctx *cx, int argc, char **argv);
	/* The command, with its needs met. Returns a sysexits code. */
	int (*run)(struct cmd_ctx *cx, int argc, char **argv);
	/* Resets its option variables after the run (NULL: none). */
	void (*done)(void);
};
/* An entry without run names a command whose code is a module
 * (module.h), mailtriage-NAME.so, for the list of commands; the module's
 * entry "cmd_NAME_module_entry" is the command. */

/* Options every subcommand takes. */
struct cmd_common {
	char *config;		/* -c FILE */
	char *maildir;		/* --maildir DIR */
	char *filters;		/* --filters DIR */
	int verbose;		/* -v */
	int quiet;		/* -q */
	int version;		/* --version */
	const char *name;	/* the command's (static) */
};

/* What a subcommand runs with; cmd_env_free releases it. */
struct cmd_env {
	struct conf *conf;
	struct filter_set *filters;
	struct rx_scratch *scratch;	/* with the configured match limit */
	struct tier_table *tiers;	/* customer tier lists */
};

/* A command's run: its options and what cmd_run prepared. */
struct cmd_ctx {
	const struct cmd_entry *self;
	struct cmd_common co;
	unsigned needs;			/* the entry's, after plan() */
	struct cmd_env env;		/* CMD_CONFIG and up */
	struct ledger *ledger;		/* CMD_LEDGER*, CMD_FILE; may be
					 * NULL with CMD_LEDGER_MAYBE */
};

/* Parses argv for e, prepares its needs and runs it; releases
 * everything after. Returns the exit code. */
int cmd_run(const struct cmd_entry *e, int argc, char **argv);

/* Prepares needs (CMD_CONFIG .. CMD_FILE, CMD_OWNER) from co into env and
 * *l, as cmd_run does; for a command that loads again later (poll on
 * SIGHUP). Returns 0, or a sysexits code after logging why (nothing is
 * returned then). */
int cmd_prepare(const struct cmd_common *co, unsigned needs,
    struct cmd_env *env, struct ledger **l);

/* Parses argv with the common options plus extra (may be NULL);
 * leaves positional arguments in argc and argv. Returns 0, or a sysexits
 * code (EX_USAGE) after printing the problem; --version prints and
 * returns -1 (the caller exits 0). */
int cmd_parse(const struct cmd_entry *e, int *argc, char ***argv,
    const struct _GOptionEntry *extra, struct cmd_common *co);
void cmd_common_clear(struct cmd_common *co);

void cmd_env_free(struct cmd_env *env);	/* what cmd_prepare made */

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

/* t as local "YYYY-MM-DD HH:MM" into buf, "-" for 0. */
void cmd_format_time(char *buf, size_t size, time_t t);

/* Reads all of fd. Returns 0 with *buf (caller frees) or -1 (errno). */
int cmd_read_all(int fd, char **buf, size_t *len);

/* Writes all of buf to fd. 0 or -1 (errno). */
int cmd_write_all(int fd, const char *buf, size_t len);

extern const struct cmd_entry cmd_deliver_entry;
extern const struct cmd_entry cmd_filter_entry;
extern const struct cmd_entry cmd_list_entry;
extern const struct cmd_entry cmd_sla_entry;
extern const struct cmd_entry cmd_scan_entry;
extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_explain_entry;
extern const struct cmd_entry cmd_test_filters_entry;
extern const struct cmd_entry cmd_report_entry;
extern const struct cmd_entry cmd_alerts_entry;
extern const struct cmd_entry cmd_incidents_entry;
extern const struct cmd_entry cmd_incident_entry;
extern const struct cmd_entry cmd_lmtpd_entry;
extern const struct cmd_entry cmd_status_entry;

#endif
