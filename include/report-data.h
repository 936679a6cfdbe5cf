/* What `mailtriage report` shows, computed once from the ledger and the
 * filter set; the writers (report-format.h) only lay it out. */
#ifndef REPORT_DATA_H
#define REPORT_DATA_H

#include <stddef.h>
#include <time.h>

#include "auto.h"
#include "mt.h"
#include "report-stats.h"

struct filter_set;
struct ledger;

#define REPORT_ALL LEVEL_COUNT	/* index of the all-priorities row */
#define REPORT_NONE SIG_COUNT	/* index of "none" in by_signal */
#define REPORT_TOP 10		/* rows of the top senders and domains */
#define REPORT_OVERDUE 10	/* rows of the oldest overdue tickets */

struct report_count {
	char *key;		/* an address, a domain */
	long long n;
};

struct report_rule {
	char *id;		/* "outage/site_down" */
	long long hits;		/* messages it matched in */
	int loaded;		/* in the current filter set */
};

struct report_day {
	char day[11];		/* YYYY-MM-DD, local time */
	long long n[LEVEL_COUNT];
};

/* An overdue, unanswered ticket. */
struct report_ticket {
	long long id;
	enum mt_level level;	/* LEVEL_COUNT when unknown */
	time_t created;
	time_t sla_due;
	char *from_addr;
	char *subject;
};

/* A team (one of [sla] team_folders): its tickets' SLA. */
struct report_team {
	char *folder;
	struct report_sla sla;
};

/* An address our mail bounced from. */
struct report_bounce {
	char *address;
	time_t first, last;
	long long bounces;
	char *status;		/* "5.1.1", or NULL */
};

struct report {
	time_t since, until;	/* the period asked for; 0 = open */
	time_t now;
	long long messages;
	long long tickets;
	long long escalations;
	int escalations_tracked;	/* the ledger has the table */
	long long by_priority[LEVEL_COUNT + 1];	/* [LEVEL_COUNT]: other */
	long long by_signal[SIG_COUNT + 1];	/* [REPORT_NONE]: none */
	struct report_day *days;	/* every day of the period, in order */
	size_t ndays;
	struct report_sla sla[LEVEL_COUNT + 1];	/* [REPORT_ALL]: all */
	/* Next reply targets started in the period, by the ticket's level
	 * now ("tickets" counts targets), and resolution of the period's
	 * tickets by level at arrival ("answered" counts resolved ones;
	 * tickets from before resolution targets left out). Waiting on
	 * the customer is pending, never overdue. */
	struct report_sla reply[LEVEL_COUNT + 1];
	struct report_sla resolve[LEVEL_COUNT + 1];
	long long *resp[LEVEL_COUNT + 1];	/* seconds to first response,
						 * sorted; [REPORT_ALL]: all */
	size_t nresp[LEVEL_COUNT + 1];
	long long hist[LEVEL_COUNT][REPORT_HIST_BINS];
	struct report_rule *rules;	/* by hits, then id */
	size_t nrules;
	struct report_count *senders;	/* >= 2 messages, top REPORT_TOP */
	size_t nsenders;
	struct report_count *domains;	/* top REPORT_TOP */
	size_t ndomains;
	struct report_ticket *overdue;	/* oldest due first */
	size_t noverdue;
	long long noverdue_total;
	long long auto_n[AUTO_COUNT];	/* automatic mail by kind; [0]:
					 * all of it */
	struct report_bounce *bounced;	/* undeliverable, newest first */
	size_t nbounced;
	/* Agents' corrections of levels: how many, which way, and for
	 * which signals and rules (the input for learning). */
	long long corrections, corrected_up, corrected_down;
	long long corrected_signal[SIG_COUNT + 1];	/* [REPORT_NONE] */
	struct report_count *corrected_rules;	/* by count, then id */
	size_t ncorrected_rules;
	struct report_team *teams;	/* in the order configured */
	size_t nteams;
	/* Incidents opened in the period (incident.h): how many, their
	 * tickets, how many are still open; seconds from the first report
	 * to the incident (recognised) and to its close (lasted), medians,
	 * -1 when none. */
	long long incidents, incident_tickets, incidents_open;
	long long incident_recognised, incident_lasted;
};

/* Reads the period [since, until) from l; fs (may be NULL) supplies the
 * rules that never fired; teams (NULL-terminated, may be NULL) are the
 * team folders whose tickets are counted apart. 0 and *out (caller frees with report_free), or
 * -1 with *err. */
int report_build(struct ledger *l, const struct filter_set *fs,
    const char *const *teams, time_t since, time_t until, time_t now,
    struct report **out, char **err);
void report_free(struct report **r);	/* NULL-safe */

/* The local day of t as YYYY-MM-DD into buf (at least 11 bytes). */
char *report_day_name(time_t t, char *buf, size_t size);

#endif
