/* SLA escalation on the Maildir (sla.h), crash-safe in three steps:
 * (1) in one transaction the escalation is recorded (once per ticket and
 * level) and each message to move gets its planned new file name; (2)
 * the files are rewritten into the higher folder (tmp/, fsync, new/,
 * then cur/ with the old flags) and the old ones removed, each recorded;
 * (3) the notice goes out and is recorded. A run that dies midway is
 * finished by the next; the caller's lock keeps two runs from notifying
 * twice. Answered and resolved are in sla.c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "alert.h"
#include "conf.h"
#include "ledger.h"
#include "log.h"
#include "maildir.h"
#include "mailer.h"
#include "mt.h"
#include "priority.h"
#include "sla-int.h"
#include "sla-policy.h"
#include "sla.h"
#include "tag.h"

/* The message with its X-Triage-* headers rewritten for the escalation:
 * same signals, rules, reasons and ticket, the new priority and due time,
 * and X-Triage-Escalated. Deterministic in (raw, e), so that a rerun
 * writes the same bytes. Caller frees. */
static char *
sla_rewrite(const char *raw, size_t len, const struct ledger_escalation *e,
    size_t *outlen)
{
	static const char *const keep[] = { "X-Triage-Signals",
	    "X-Triage-Category", "X-Triage-Rules", "X-Triage-Reasons",
	    "X-Triage-Ticket", "X-Triage-Error", "X-Triage-Incident",
	    "X-Triage-Language" };
	struct tag_field f[G_N_ELEMENTS(keep) + 3];
	char *vals[G_N_ELEMENTS(keep)], due[48], at[48], before[48], *esc, *out;
	size_t n = 0;

	f[n++] = (struct tag_field){ "X-Triage-Priority",
	    mt_level_name(e->to_level) };
	for (size_t i = 0; i < G_N_ELEMENTS(keep); i++)
		if ((vals[i] = tag_get(raw, len, keep[i])) != NULL)
			f[n++] = (struct tag_field){ keep[i], vals[i] };
	priority_format_date(e->due_after, due, sizeof(due));
	f[n++] = (struct tag_field){ "X-Triage-SLA-Due", due };
	esc = g_strdup_printf("%s; %s -> %s, no response by %s",
	    priority_format_date(e->at, at, sizeof(at)),
	    mt_level_name(e->from_level), mt_level_name(e->to_level),
	    priority_format_date(e->due_before, before, sizeof(before)));
	f[n++] = (struct tag_field){ "X-Triage-Escalated", esc };
	out = tag_apply(raw, len, f, n, outlen);
	for (size_t i = 0; i < G_N_ELEMENTS(keep); i++)
		g_free(vals[i]);
	g_free(esc);
	return out;
}

char *
sla_locate(const struct conf *c, const struct ledger_ticket_msg *m)
{
	char *path = NULL;

	if (maildir_is_name(m->file) &&
	    maildir_find(c->maildir, m->folder, m->file, &path) == 1)
		return path;
	g_free(path);
	return NULL;
}

/* Step 1, in the caller's transaction: planned names for the messages
 * not yet in the target folder. */
static int
sla_plan(const struct conf *c, struct ledger *l,
    const struct ledger_escalation *e, const char *target, char **err)
{
	struct ledger_ticket_msg *m = NULL;
	size_t n = 0;
	int rc = 0;

	if (ledger_ticket_msgs(l, e->ticket, &m, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n && rc == 0; i++) {
		char *path, *raw = NULL, *out, *name;
		size_t len = 0, olen = 0;

		/* A message in a team's folder stays where the team put
		 * it: the ticket escalates, the file does not move. */
		if (strcmp(m[i].folder, target) == 0 ||
		    strcmp(m[i].folder, c->resolved_folder) == 0 ||
		    conf_is_team_folder(c, m[i].folder) ||
		    (path = sla_locate(c, &m[i])) == NULL)
			continue;
		if (!g_file_get_contents(path, &raw, &len, NULL)) {
			g_free(path);
			continue;	/* gone meanwhile: nothing to move */
		}
		out = sla_rewrite(raw, len, e, &olen);
		name = maildir_unique_name(olen);
		rc = ledger_plan_move(l, m[i].id, name, err);
		free(name);
		free(out);
		g_free(raw);
		g_free(path);
	}
	ledger_ticket_msgs_free(m, n);
	return rc;
}

/* sla_rewrite as an sla_rewriter: arg is the escalation. */
static char *
sla_rewrite_escalation(const char *raw, size_t len, const void *arg,
    size_t *outlen)
{
	return sla_rewrite(raw, len, arg, outlen);
}

int
sla_move_one(const struct conf *c, struct ledger *l,
    const struct ledger_ticket_msg *m, sla_rewriter rewrite, const void *arg,
    int level, const char *target, struct sla_stats *st, char **err)
{
	char *old = sla_locate(c, m), *done = NULL, *raw = NULL, *out = NULL;
	char *path = NULL;
	size_t len = 0, olen = 0;
	int rc = -1;

	if (maildir_find(c->maildir, target, m->next_file, &done) != 1) {
		g_clear_pointer(&done, g_free);
		if (old == NULL) {
			/* Deleted by an agent before it could move. */
			rc = ledger_record_move(l, m->id, m->folder, m->file,
			    NULL, -1, err);
			goto out;
		}
		if (!g_file_get_contents(old, &raw, &len, NULL)) {
			*err = g_strdup_printf("cannot read %s", old);
			goto out;
		}
		out = rewrite(raw, len, arg, &olen);
		if (maildir_ensure(c->maildir, target, err) != 0 ||
		    maildir_deliver(c->maildir, target, m->next_file, out, olen,
		    &path, err) != 0)
			goto out;
		/* A message the agent had seen keeps its flags, in cur/. */
		const char *colon = strstr(old, ":2,");
		if (colon != NULL) {
			char *fp = maildir_folder_path(c->maildir, target);
			char *cur = g_strdup_printf("%s/cur/%s%s", fp,
			    m->next_file, colon);
			if (rename(path, cur) == 0) {
				g_free(path);
				path = cur;
			} else
				g_free(cur);
			g_free(fp);
		}
		st->moved++;
	} else
		path = done;
	if (old != NULL && unlink(old) != 0 && errno != ENOENT) {
		*err = g_strdup_printf("unlink %s: %s", old, g_strerror(errno));
		goto out;
	}
	rc = ledger_record_move(l, m->id, target, m->next_file, path, level,
	    err);
out:
	g_free(old);
	g_free(raw);
	free(out);
	g_free(path);
	return rc;
}

static int
sla_moves(const struct conf *c, struct ledger *l,
    const struct ledger_escalation *e, struct sla_stats *st, char **err)
{
	int lvl = e->to_level;
	const char *target = c->level[lvl >= 0 ? lvl : LEVEL_CRITICAL].folder;
	struct ledger_ticket_msg *m = NULL;
	size_t n = 0;
	int rc = 0;

	if (ledger_ticket_msgs(l, e->ticket, &m, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n && rc == 0; i++)
		if (m[i].next_file != NULL)
			rc = sla_move_one(c, l, &m[i], sla_rewrite_escalation,
			    e, e->to_level, target, st, err);
	ledger_ticket_msgs_free(m, n);
	if (rc == 0)
		rc = ledger_escalation_moved(l, e->id, err);
	return rc;
}

static void
sla_age(char *buf, size_t size, long long secs)
{
	if (secs < 0)
		secs = -secs;
	snprintf(buf, size, "%lldh %02lldm", secs / 3600, secs / 60 % 60);
}

/* The notice: mailed through sendmail and/or filed in the escalations
 * folder. 0 when it went everywhere configured. */
int
sla_notice(const struct conf *c, const struct ledger_open_ticket *t,
    const struct ledger_escalation *e, int reminder, time_t now, char **err)
{
	char d_now[48], d_recv[48], d_was[48], d_due[48], over[32], age[32];
	char *subj = mailer_header_text(t->subject ? t->subject : ""), *title;
	int lvl = e->to_level;
	GString *m = g_string_new(NULL);
	char *id, *name = NULL;
	int rc = 0;

	/* The same notice has the same Message-ID in every run: one that a
	 * crash between sending and recording sends again is recognised as
	 * one by the reader's client (the escalation row, recorded before
	 * sending, is the intent; notified marks it sent). */
	id = reminder ? g_strdup_printf("mailtriage.remind.%lld.%s.%lld@%s",
	    t->id, mt_level_name(e->to_level), t->reminders + 1,
	    g_get_host_name()) : g_strdup_printf("mailtriage.esc.%lld.%s@%s",
	    t->id, mt_level_name(e->to_level), g_get_host_name());

	sla_age(over, sizeof(over), (long long)(now - (reminder ?
	    t->sla_due : e->due_before)));
	sla_age(age, sizeof(age), (long long)(now - t->created));
	title = reminder ?
	    g_strdup_printf("[mailtriage] reminder: #%lld %s, still no "
	    "response", t->id, mt_level_name(e->to_level)) :
	    g_strdup_printf("[mailtriage] #%lld escalated %s -> %s", t->id,
	    mt_level_name(e->from_level), mt_level_name(e->to_level));
	g_string_append_printf(m, "From: %s\nTo: %s\nSubject: %s: %s\n"
	    "Date: %s\nMessage-ID: <%s>\nAuto-Submitted: auto-generated\n"
	    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: 8bit\n"
	    "X-Triage-Escalation: ticket=%lld; from=%s; to=%s%s\n\n",
	    c->notify_from, c->notify_to ? c->notify_to : "undisclosed-"
	    "recipients:;", title, subj, priority_format_date(now, d_now,
	    sizeof(d_now)), id, t->id, mt_level_name(e->from_level),
	    mt_level_name(e->to_level), reminder ? "; reminder" : "");
	g_string_append_printf(m, "%s\n\n  From:      %s\n  Subject:   %s\n"
	    "  Received:  %s (%s ago)\n  Priority:  %s%s%s\n"
	    "  Was due:   %s (overdue by %s)\n  %s%s\n"
	    "  Signals:   %s\n  Reasons:   %s\n\nIts messages are in the "
	    "folder %s.\n",
	    reminder ? "This escalated ticket still has no response." :
	    "This ticket had no response within its SLA and was escalated.",
	    t->from_addr ? t->from_addr : "?", t->subject ? t->subject : "",
	    priority_format_date(t->created, d_recv, sizeof(d_recv)), age,
	    reminder ? "" : mt_level_name(e->from_level), reminder ? "" :
	    " -> ", mt_level_name(e->to_level),
	    priority_format_date(reminder ? t->sla_due : e->due_before, d_was,
	    sizeof(d_was)), over,
	    /* A reminder's ticket keeps its due time (long past): what comes
	     * next is the next reminder, not a new due time. */
	    reminder ? "Next reminder: " : "Now due:   ",
	    priority_format_date(reminder ? sla_policy_next_reminder(c,
	    t->priority, now) : e->due_after, d_due,
	    sizeof(d_due)), t->signals ? t->signals : "none",
	    t->reasons ? t->reasons : "",
	    c->level[lvl >= 0 ? lvl : LEVEL_CRITICAL].folder);
	if (c->notify_to != NULL)
		rc = mailer_send(c->sendmail, c->notify_from, c->notify_to,
		    m->str, m->len, err);
	if (rc == 0 && c->escalations_folder != NULL) {
		/* Named after the Message-ID: a copy a crashed run filed
		 * is found, not filed again. */
		name = g_strdup_printf("%.*s,S=%zu", (int)strcspn(id, "@"),
		    id, m->len);
		if (maildir_ensure(c->maildir, c->escalations_folder, err) != 0 ||
		    ((rc = maildir_find(c->maildir, c->escalations_folder,
		    name, NULL)) == 0 && maildir_deliver(c->maildir,
		    c->escalations_folder, name, m->str, m->len, NULL,
		    err) != 0) || rc < 0) {
			if (*err == NULL)
				*err = g_strdup_printf("%s: %s",
				    c->escalations_folder, g_strerror(errno));
			rc = -1;
		} else
			rc = 0;
	}
	if (rc == 0)
		log_info("%s ticket #%lld (%s -> %s)", reminder ? "reminded" :
		    "escalated", t->id, mt_level_name(e->from_level),
		    mt_level_name(e->to_level));
	g_string_free(m, TRUE);
	g_free(name);
	g_free(id);
	g_free(title);
	g_free(subj);
	return rc;
}

/* Whether the ticket is ours to escalate: any of its messages filed by
 * deliver (a Maildir file, or an LMTP store's id: escalated, notified
 * and reminded, its mail not moved); tickets filed over IMAP are
 * escalated by the poller, which can move them. */
static int
sla_has_files(struct ledger *l, long long ticket, char **err)
{
	struct ledger_ticket_msg *m = NULL;
	size_t n = 0;
	int have = 0;

	if (ledger_ticket_msgs(l, ticket, &m, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		have |= m[i].file != NULL;
	ledger_ticket_msgs_free(m, n);
	return have;
}

static const struct ledger_open_ticket *
sla_find(GArray *open, long long id)
{
	for (guint i = 0; i < open->len; i++)
		if (g_array_index(open, struct ledger_open_ticket, i).id == id)
			return &g_array_index(open, struct ledger_open_ticket, i);
	return NULL;
}

/* Steps 2 and 3 of an escalation, also for one an earlier run left. */
static int
sla_finish(const struct conf *c, struct ledger *l, GArray *open,
    const struct ledger_escalation *e, time_t now, struct sla_stats *st,
    char **err)
{
	const struct ledger_open_ticket *t = sla_find(open, e->ticket);

	if (!e->moved && sla_moves(c, l, e, st, err) != 0)
		return -1;
	if (e->notified != 0)
		return 0;
	/* A ticket resolved meanwhile needs no notice any more. */
	if (t != NULL && sla_notice(c, t, e, 0, now, err) != 0)
		return -1;
	st->notices += t != NULL;
	return ledger_escalation_notified(l, e->id, now, err);
}

int
sla_escalate(const struct conf *c, struct ledger *l, time_t now,
    struct sla_stats *st, char **err)
{
	struct ledger_escalation *pend = NULL;
	size_t npend = 0;
	GArray *open = sla_open_tickets(l, err);
	int rc = -1;

	if (open == NULL)
		return -1;
	if (ledger_escalations_pending(l, &pend, &npend, err) != 0)
		goto out;
	for (size_t i = 0; i < npend; i++)
		if (sla_finish(c, l, open, &pend[i], now, st, err) != 0)
			goto out;
	for (guint i = 0; i < open->len; i++) {
		const struct ledger_open_ticket *t =
		    &g_array_index(open, struct ledger_open_ticket, i);
		struct ledger_escalation e;
		int r;

		if (!sla_policy_escalation(c, t, now, &e))
			continue;
		if ((r = sla_has_files(l, t->id, err)) < 0)
			goto out;
		if (r == 0)
			continue;
		if (ledger_begin(l, err) != 0)
			goto out;
		r = ledger_escalate(l, t->id, now, e.from_level, e.to_level,
		    e.due_before, e.due_after, &e.id, err);
		if (r < 0 || (r == 1 && (sla_plan(c, l, &e,
		    c->level[e.to_level].folder, err) != 0 ||
		    alert_escalation(c, l, t, &e, now, err) < 0))) {
			ledger_rollback(l);
			goto out;
		}
		if (ledger_commit(l, err) != 0)
			goto out;
		if (r == 1) {
			st->escalated++;
			if (sla_finish(c, l, open, &e, now, st, err) != 0)
				goto out;
			continue;
		}
		/* Escalated to this level before: remind once per interval. */
		if (!sla_policy_remind(c, t, now))
			continue;
		if (sla_notice(c, t, &e, 1, now, err) != 0 ||
		    alert_reminder(c, l, t, now, err) < 0 ||
		    ledger_reminded(l, t->id, now, err) != 0)
			goto out;
		st->reminded++;
		st->notices++;
	}
	rc = 0;
out:
	g_free(pend);
	g_array_unref(open);
	return rc;
}
