/* The ledger's incidents (incident.h). */
#ifndef LEDGER_INCIDENT_H
#define LEDGER_INCIDENT_H

#include <stddef.h>
#include <time.h>

struct ledger;

/* An incident, or a ticket that may belong to one. */
struct ledger_incident {
	long long id;		/* incident id, or the ticket's */
	char *signal, *title, *terms, *rules;
	char *from_addr;	/* a ticket's sender */
	time_t opened, first_report, last_report, closed;
	long long members, open_members;
	int level;		/* a ticket's level (LEVEL_COUNT: none) */
	char *tier;		/* a ticket's tier */
};
void ledger_incidents_free(struct ledger_incident *a, size_t n);

int ledger_ticket_set_terms(struct ledger *l, long long ticket,
    const char *terms, char **err);
/* Of the tickets created in [since, until) with words, how many (*n) and
 * how many have word (*df). */
int ledger_term_frequency(struct ledger *l, const char *word, time_t since,
    time_t until, long long *df, long long *n, char **err);
/* The open incidents of a signal. */
int ledger_incidents_open(struct ledger *l, const char *signal,
    struct ledger_incident **out, size_t *n, char **err);
/* Open tickets with signal created since then, in no incident, but
 * ticket: id, from_addr, terms and their first message's rules. */
int ledger_incident_candidates(struct ledger *l, const char *signal,
    time_t since, long long ticket, struct ledger_incident **out, size_t *n,
    char **err);
int ledger_incident_create(struct ledger *l, const char *signal,
    const char *title, const char *terms, const char *rules, time_t now,
    time_t first_report, long long *id, char **err);
/* Ticket joins incident (its report at when). */
int ledger_incident_join(struct ledger *l, long long incident,
    long long ticket, time_t when, char **err);
/* A ticket filed before its incident opened, raised to level: its
 * priority, reasons (why appended) and due times. */
int ledger_incident_raise_ticket(struct ledger *l, long long ticket,
    int level, const char *why, time_t due, time_t resolve_due, char **err);
/* A ticket of an incident raised to level: the ticket and its message
 * row msg (reasons, folder, due times). */
int ledger_incident_raised(struct ledger *l, long long ticket, long long msg,
    int level, const char *reasons, const char *folder, time_t due,
    time_t resolve_due, char **err);
/* Every incident, newest first, with member counts. */
int ledger_incidents(struct ledger *l, struct ledger_incident **out,
    size_t *n, char **err);
/* Closes one: 1, or 0 when there is no such open incident; -1. */
int ledger_incident_close(struct ledger *l, long long id, time_t now,
    char **err);

#endif
