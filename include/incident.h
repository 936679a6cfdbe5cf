/* Incidents: one outage (or safety problem) reported by many customers.
 * When [incidents] reports tickets from different senders, within
 * window_minutes, share a signal (outage or safety) and enough of the
 * same significant words (rule ids that fired plus words of the subject
 * and new text, at least one word), they become one incident: one
 * alert instead of many, X-Triage-Incident on the mail filed from then
 * on, and later reports that match join it while it is open. An
 * incident closes when all its tickets are resolved, or by hand. */
#ifndef INCIDENT_H
#define INCIDENT_H

#include <time.h>

struct conf;
struct ledger;
struct ledger_row;
struct triage;

/* The significant words of t (subject and new text): lower case, four
 * letters or more, no common or complaint words; sorted, unique, at most
 * a few dozen, space-separated. Caller frees. */
char *incident_terms(const struct triage *t);

/* How many of the space-separated words of a also are in b. */
unsigned incident_shared(const char *a, const char *b);

/* For a new ticket just recorded (inside the filing transaction):
 * keeps its words, then joins it to an open incident it matches, or
 * opens one with the recent tickets it matches. Sets t->incident and
 * *opened. Returns the incident id, 0 for none, -1 with *err. */
long long incident_file(const struct conf *c, struct ledger *l,
    struct triage *t, long long ticket, time_t now, int *opened,
    char **err);

/* A ticket of an incident (t->incident) is raised [incidents] raise
 * levels: its decision (t->folder too) and due times, and the ticket and
 * message rows r just recorded (inside the filing transaction; the
 * store's folder for the new level is the filing's to record). 0, or -1. */
int incident_raise(const struct conf *c, struct ledger *l, struct triage *t,
    struct ledger_row *r, char **err);

/* Closes incident id (by hand: 1, or 0 when it is not open), or every
 * open incident whose tickets are all resolved (id 0: the count), each
 * with its alert. -1 with *err. */
int incident_close(const struct conf *c, struct ledger *l, long long id,
    time_t now, char **err);

#endif
