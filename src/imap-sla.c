/* SLA over IMAP: answered, resolved and escalated, for the messages poll
 * filed (imap_seen rows whose ticket is open).
 *
 * Where each message is: the folder it was filed into and the UID the
 * server gave it there (COPYUID), recorded by store-imap.c; unknown or
 * stale (UIDVALIDITY changed), it is looked up by Message-ID. Then one
 * UID FETCH (FLAGS) per folder: \Answered is a first response (at the
 * time it is seen); a message gone from its folder is looked for in the
 * resolved folder and the priority folders (an agent may move it between
 * those); found in the resolved folder, or nowhere (deleted), or marked
 * \Deleted, its ticket is resolved.
 *
 * Escalation follows sla-escalate.c's rules and its exactly-once
 * discipline: (1) ledger_escalate commits the escalation (once per ticket and level)
 * before the server is touched; (2) each message of an escalated ticket
 * not yet carrying the Escalated and level keywords, or not yet in the
 * level's folder, gets them and is moved, and its new place is recorded;
 * (3) the notice goes out (sla_notice) and is recorded. An interrupted
 * run is finished by the next: step 2 is driven by the ticket's level,
 * not by the run that escalated it, so it also follows an escalation
 * made by sla --escalate. The sla lock beside the ledger keeps this and
 * sla --escalate from notifying at once; held by the other, escalation
 * waits for the next cycle. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "alert.h"
#include "conf.h"
#include "imap-sla.h"
#include "imap.h"
#include "ledger.h"
#include "log.h"
#include "mt.h"
#include "priority.h"
#include "sla-policy.h"
#include "sla-ticket.h"
#include "sla.h"

struct isla_loc {
	char *folder;		/* where it is (owned) */
	unsigned long uv, uid;	/* 0: unknown */
	unsigned flags;		/* IMAP_F_* */
	int moved;		/* found elsewhere than the ledger says */
	int resolved;		/* in the resolved folder */
	int pending;		/* in the pending folder: waiting on the
				 * customer */
	int gone;		/* deleted: nowhere to be found, or \Deleted */
};

struct isla {
	struct imap_session *s;
	const struct conf_account *a;
	const struct conf *c;
	struct ledger *l;
	time_t now;
	struct sla_stats *st;
	struct ledger_imap_row *rows;
	struct isla_loc *loc;
	size_t n;
	GHashTable *open;	/* ticket id -> struct ledger_open_ticket */
	char **teams;		/* [sla] team_folders, as the server names
				 * them */
};

static void
isla_ticket_free(gpointer p)
{
	ledger_open_ticket_clear(p);
	g_free(p);
}

static int
isla_collect(const struct ledger_open_ticket *t, void *arg)
{
	struct ledger_open_ticket *copy = g_new(struct ledger_open_ticket, 1);

	*copy = *t;
	copy->from_addr = g_strdup(t->from_addr);
	copy->subject = g_strdup(t->subject);
	copy->signals = g_strdup(t->signals);
	copy->reasons = g_strdup(t->reasons);
	copy->tier = g_strdup(t->tier);
	copy->folder = g_strdup(t->folder);
	g_hash_table_replace(arg, g_memdup2(&copy->id, sizeof(copy->id)), copy);
	return 0;
}

/* $Triage_ + "High". Caller frees. */
static char *
isla_keyword(const struct conf_account *a, const char *name)
{
	return g_strdup_printf("%s%c%s", a->keyword_prefix,
	    g_ascii_toupper(name[0]), name + 1);
}

/* Flags of the rows at folder: UIDs unknown or from another UIDVALIDITY
 * are found by Message-ID first. Unanswered rows are marked gone. */
static int
isla_flags_in(struct isla *x, const char *folder, char **err)
{
	GArray *uids = g_array_new(FALSE, FALSE, sizeof(unsigned long));
	GArray *idx = g_array_new(FALSE, FALSE, sizeof(size_t));
	unsigned long uv = 0, uid;
	unsigned *flags = NULL;
	int r, sel, rc = IMAP_TEMP;

	if ((sel = imap_select(x->s, folder, 1, &uv, err)) < 0)
		goto out;
	for (size_t i = 0; i < x->n; i++) {
		struct isla_loc *lc = &x->loc[i];

		if (lc->gone || strcmp(lc->folder, folder) != 0)
			continue;
		if (sel == 1) {		/* the folder itself is gone */
			lc->gone = 1;
			continue;
		}
		if (lc->uid == 0 || lc->uv != uv) {
			if (x->rows[i].message_id == NULL) {
				lc->gone = 1;
				continue;
			}
			if ((r = imap_find_message_id(x->s,
			    x->rows[i].message_id, &uid, err)) < 0)
				goto out;
			if (r == 0) {
				lc->gone = 1;
				continue;
			}
			lc->uid = uid;
			lc->uv = uv;
			lc->moved = 1;	/* its UID is worth recording */
		}
		g_array_append_val(uids, lc->uid);
		g_array_append_val(idx, i);
	}
	flags = g_new0(unsigned, uids->len + 1);
	if (imap_flags(x->s, (unsigned long *)uids->data, uids->len, flags,
	    err) != IMAP_OK)
		goto out;
	for (guint j = 0; j < idx->len; j++) {
		struct isla_loc *lc = &x->loc[g_array_index(idx, size_t, j)];

		lc->flags = flags[j];
		if (!(flags[j] & IMAP_F_PRESENT))
			lc->gone = 1;	/* maybe moved: see isla_search */
		else if (flags[j] & IMAP_F_DELETED)
			lc->gone = 2;	/* deleted, not yet expunged */
	}
	rc = IMAP_OK;
out:
	g_array_unref(uids);
	g_array_unref(idx);
	g_free(flags);
	return rc;
}

/* What a folder an agent may move a message into means. */
enum isla_kind { ISLA_LEVEL, ISLA_RESOLVED, ISLA_PENDING, ISLA_TEAM };

/* The gone rows, looked for in folder by Message-ID; found ones move
 * there (and are resolved, or waiting, as the folder says). */
static int
isla_search(struct isla *x, const char *folder, enum isla_kind kind,
    char **err)
{
	unsigned long uv = 0, uid;
	int r, any = 0;

	for (size_t i = 0; i < x->n; i++)
		any |= x->loc[i].gone == 1 && x->rows[i].message_id != NULL &&
		    strcmp(x->loc[i].folder, folder) != 0;
	if (!any)
		return IMAP_OK;
	if ((r = imap_select(x->s, folder, 1, &uv, err)) != IMAP_OK)
		return r == 1 ? IMAP_OK : IMAP_TEMP;
	for (size_t i = 0; i < x->n; i++) {
		struct isla_loc *lc = &x->loc[i];
		unsigned f = 0;

		if (lc->gone != 1 || x->rows[i].message_id == NULL ||
		    strcmp(lc->folder, folder) == 0)
			continue;
		if ((r = imap_find_message_id(x->s, x->rows[i].message_id,
		    &uid, err)) < 0)
			return IMAP_TEMP;
		if (r == 0 || imap_flags(x->s, &uid, 1, &f, err) != IMAP_OK) {
			if (r != 0)
				return IMAP_TEMP;
			continue;
		}
		g_free(lc->folder);
		lc->folder = g_strdup(folder);
		lc->uv = uv;
		lc->uid = uid;
		lc->flags = f;
		lc->moved = 1;
		lc->resolved = kind == ISLA_RESOLVED;
		lc->pending = kind == ISLA_PENDING;
		lc->gone = 0;
	}
	return IMAP_OK;
}

/* [sla] team_folders as this server names them: the Maildir++ dots
 * become its hierarchy delimiter. Caller frees (g_strfreev). */
static char **
isla_team_folders(struct isla *x)
{
	char **v = conf_team_folders(x->c, NULL);
	char d = imap_session_delimiter(x->s);

	for (char **p = v; d != '\0' && *p != NULL; p++)
		g_strdelimit(*p, ".", d);
	return v;
}

/* Where an agent put it to stay: a team's folder or the pending one
 * (escalation adds its keywords there and does not move it). */
static int
isla_stays(const struct isla *x, const char *folder)
{
	return strcmp(folder, imap_session_pending(x->s)) == 0 ||
	    g_strv_contains((const char *const *)x->teams, folder);
}

/* Where every row's message is, and its flags. */
static int
isla_locate(struct isla *x, char **err)
{
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	int rc = IMAP_OK;

	for (size_t i = 0; i < x->n; i++) {
		const struct ledger_imap_row *r = &x->rows[i];
		struct isla_loc *lc = &x->loc[i];

		/* Tag mode leaves it in the watched folder, UID unchanged. */
		lc->folder = g_strdup(*r->target != '\0' ? r->target :
		    r->folder);
		lc->uid = r->target_uid;
		lc->uv = r->target_uidvalidity;
		if (lc->uid == 0 && *r->target == '\0') {
			lc->uid = r->uid;
			lc->uv = r->uidvalidity;
		}
	}
	for (size_t i = 0; i < x->n && rc == IMAP_OK; i++)
		if (g_hash_table_add(seen, x->loc[i].folder))
			rc = isla_flags_in(x, x->loc[i].folder, err);
	g_hash_table_destroy(seen);
	if (rc == IMAP_OK)
		rc = isla_search(x, imap_session_resolved(x->s), ISLA_RESOLVED,
		    err);
	if (rc == IMAP_OK)
		rc = isla_search(x, imap_session_pending(x->s), ISLA_PENDING,
		    err);
	/* A team's folder keeps its tickets open. */
	for (size_t i = 0; x->teams[i] != NULL && rc == IMAP_OK; i++)
		rc = isla_search(x, x->teams[i], ISLA_TEAM, err);
	for (int lv = 0; lv < LEVEL_COUNT && rc == IMAP_OK; lv++)
		if (x->a->move)
			rc = isla_search(x, imap_session_target(x->s, lv),
			    ISLA_LEVEL, err);
	return rc;
}

/* One ticket's rows [i, j): what the server shows of them, handed to
 * the one lifecycle (sla-ticket.c); where a moved message is now is
 * recorded for the next cycle. Sets *closed when the ticket is resolved
 * now. */
static int
isla_refresh_ticket(struct isla *x, size_t i, size_t j, int *closed,
    char **err)
{
	struct ledger_open_ticket *t = g_hash_table_lookup(x->open,
	    &x->rows[i].ticket);
	struct ledger_ticket_msg *m = NULL;
	struct sla_seen *seen;
	GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
	char *who = g_strdup_printf("account %s: ", x->a->name);
	size_t nm = 0;
	int rc = IMAP_TEMP;

	*closed = 0;
	seen = g_new0(struct sla_seen, j - i + 1);
	if (t == NULL) {
		rc = IMAP_OK;
		goto out;
	}
	/* What classifying it found, for a correction's record. */
	if (ledger_ticket_msgs(x->l, t->id, &m, &nm, err) != 0 ||
	    ledger_begin(x->l, err) != 0)
		goto out;
	for (size_t k = i; k < j; k++) {
		const struct ledger_imap_row *r = &x->rows[k];
		const struct isla_loc *lc = &x->loc[k];
		struct sla_seen *s = &seen[k - i];

		s->message = r->message;
		s->recorded = *r->target != '\0' ? r->target : r->folder;
		s->level = -1;
		if (lc->gone)
			continue;
		s->folder = lc->folder;
		s->resolved = lc->resolved;
		s->pending = lc->pending;
		s->moved = lc->moved;
		/* \Answered is seen once per cycle: about now. */
		s->answered = lc->flags & IMAP_F_ANSWERED ? x->now : 0;
		if (!lc->moved)
			continue;
		for (int lv = 0; lv < LEVEL_COUNT; lv++)
			if (strcmp(lc->folder, imap_session_target(x->s, lv))
			    == 0)
				s->level = lv;
		s->path = g_strdup_printf("imap://%s/%s", x->a->name,
		    lc->folder);
		g_ptr_array_add(paths, (char *)s->path);
		if (ledger_imap_set_location(x->l, r, lc->folder, lc->uv,
		    lc->uid, NULL, err) != 0)
			goto fail;
	}
	if (sla_ticket_refresh(x->c, x->l, t, seen, j - i, nm > 0 ?
	    m[0].signals : NULL, nm > 0 ? m[0].rules : NULL, x->now, who,
	    x->st, closed, err) != 0)
		goto fail;
	if (ledger_commit(x->l, err) == 0)
		rc = IMAP_OK;
	goto out;
fail:
	ledger_rollback(x->l);
out:
	ledger_ticket_msgs_free(m, nm);
	g_ptr_array_unref(paths);
	g_free(seen);
	g_free(who);
	return rc;
}

static int
isla_has_kw(const char *list, const char *kw)
{
	char **v = g_strsplit(list != NULL ? list : "", " ", -1);
	int has = g_strv_contains((const char *const *)v, kw);

	g_strfreev(v);
	return has;
}

/* The row's keywords without any level keyword, plus esc and lvl.
 * Caller frees. */
static char *
isla_new_keywords(const struct conf_account *a, const char *old,
    const char *esc, const char *lvl)
{
	char **v = g_strsplit(old != NULL ? old : "", " ", -1);
	GString *k = g_string_new(NULL);

	for (char **p = v; *p != NULL; p++) {
		int drop = **p == '\0' || strcmp(*p, esc) == 0;
		for (int i = 0; i < LEVEL_COUNT && !drop; i++) {
			char *kw = isla_keyword(a, mt_level_name(i));
			drop = strcmp(*p, kw) == 0;
			g_free(kw);
		}
		if (!drop)
			g_string_append_printf(k, "%s ", *p);
	}
	g_strfreev(v);
	g_string_append_printf(k, "%s %s", lvl, esc);
	return g_string_free(k, FALSE);
}

/* Step 2 for one message of an escalated ticket at level lvl. */
static int
isla_raise(struct isla *x, size_t k, int lvl, char **err)
{
	const struct ledger_imap_row *r = &x->rows[k];
	struct isla_loc *lc = &x->loc[k];
	const char *target = x->a->move ? imap_session_target(x->s, lvl) :
	    NULL;
	char *esc = isla_keyword(x->a, "escalated");
	char *lkw = isla_keyword(x->a, mt_level_name(lvl));
	char *others = NULL, *kw = NULL, *path = NULL;
	unsigned long uv = 0, nuv = lc->uv, nuid = lc->uid;
	GString *o = g_string_new(NULL);
	int rc = IMAP_TEMP, moving;

	moving = target != NULL && strcmp(lc->folder, target) != 0 &&
	    !isla_stays(x, lc->folder);
	if (lc->gone || lc->resolved || (!moving && isla_has_kw(r->keywords,
	    esc) && isla_has_kw(r->keywords, lkw))) {
		rc = IMAP_OK;
		goto out;
	}
	for (int i = 0; i < LEVEL_COUNT; i++)
		if (i != lvl) {
			char *w = isla_keyword(x->a, mt_level_name(i));
			g_string_append_printf(o, "%s%s", o->len ? " " : "", w);
			g_free(w);
		}
	others = g_string_free(o, FALSE);
	o = NULL;
	kw = g_strdup_printf("%s %s", esc, lkw);
	if ((rc = imap_select(x->s, lc->folder, 0, &uv, err)) != IMAP_OK) {
		rc = rc == 1 ? IMAP_OK : IMAP_TEMP;	/* gone: next cycle */
		goto out;
	}
	rc = IMAP_TEMP;
	if (imap_add_keywords(x->s, &lc->uid, 1, kw, err) != IMAP_OK ||
	    imap_remove_keywords(x->s, lc->uid, others, err) != IMAP_OK)
		goto out;
	/* redo: a crash may have left a copy in target (COPY mode). */
	if (moving && imap_move(x->s, lc->uid, target, r->message_id, 1,
	    &nuv, &nuid, err) != IMAP_OK)
		goto out;
	g_free(kw);
	kw = isla_new_keywords(x->a, r->keywords, esc, lkw);
	path = g_strdup_printf("imap://%s/%s", x->a->name, moving ? target :
	    lc->folder);
	if (ledger_begin(x->l, err) != 0)
		goto out;
	if (ledger_imap_set_location(x->l, r, moving ? target : lc->folder,
	    nuv, nuid, kw, err) != 0 || ledger_record_move(x->l, r->message,
	    moving ? target : lc->folder, NULL, path, lvl, err) != 0) {
		ledger_rollback(x->l);
		goto out;
	}
	if (ledger_commit(x->l, err) != 0)
		goto out;
	if (moving) {
		x->st->moved++;
		log_info("account %s: ticket #%lld: message <%s> moved to %s "
		    "(escalated)", x->a->name, r->ticket, r->message_id ?
		    r->message_id : "", target);
	}
	rc = IMAP_OK;
out:
	if (o != NULL)
		g_string_free(o, TRUE);
	g_free(esc);
	g_free(lkw);
	g_free(others);
	g_free(kw);
	g_free(path);
	return rc;
}

/* A notice that could not go out is logged and tried again next cycle
 * (it is not recorded as sent): a mail problem must not stop filing. */
static int
isla_notice(struct isla *x, struct ledger_open_ticket *t,
    const struct ledger_escalation *e, int reminder)
{
	/* Over IMAP a notice is mailed only: escalations_folder is a folder
	 * of the local Maildir, which a poller need not have. */
	struct conf c = *x->c;
	char *err = NULL;

	c.escalations_folder = NULL;
	if (sla_notice(&c, t, e, reminder, x->now, &err) != 0) {
		log_error("account %s: ticket #%lld: notice not sent, trying "
		    "again next cycle: %s", x->a->name, t->id, err);
		g_free(err);
		return -1;
	}
	x->st->notices++;
	t->last_notified = x->now;
	return 0;
}

/* A message of an incident's ticket without $Triage_Incident gets it
 * (those filed before the incident opened), and the ledger notes it. */
static int
isla_incident_kw(struct isla *x, size_t k, char **err)
{
	const struct ledger_imap_row *r = &x->rows[k];
	struct isla_loc *lc = &x->loc[k];
	char *kw = isla_keyword(x->a, "incident"), *all = NULL;
	unsigned long uv = 0;
	int rc = IMAP_OK;

	if (lc->gone || lc->resolved || isla_has_kw(r->keywords, kw))
		goto out;
	if ((rc = imap_select(x->s, lc->folder, 0, &uv, err)) != IMAP_OK) {
		rc = rc == 1 ? IMAP_OK : IMAP_TEMP;	/* gone: next cycle */
		goto out;
	}
	if (imap_add_keywords(x->s, &lc->uid, 1, kw, err) != IMAP_OK) {
		rc = IMAP_TEMP;
		goto out;
	}
	all = g_strdup_printf("%s%s%s", r->keywords != NULL ? r->keywords : "",
	    r->keywords != NULL && *r->keywords ? " " : "", kw);
	if (ledger_imap_set_location(x->l, r, lc->folder, lc->uv, lc->uid, all,
	    err) != 0)
		rc = IMAP_TEMP;
out:
	g_free(kw);
	g_free(all);
	return rc;
}

/* The notice for e, unless sent; then recorded. */
static int
isla_notify(struct isla *x, struct ledger_open_ticket *t,
    const struct ledger_escalation *e, char **err)
{
	if (!e->moved && ledger_escalation_moved(x->l, e->id, err) != 0)
		return IMAP_TEMP;
	if (e->notified != 0 || isla_notice(x, t, e, 0) != 0)
		return IMAP_OK;
	return ledger_escalation_notified(x->l, e->id, x->now, err) == 0 ?
	    IMAP_OK : IMAP_TEMP;
}

/* Escalation for one open ticket's rows [i, j); pend: the unfinished
 * escalations. */
static int
isla_escalate_ticket(struct isla *x, size_t i, size_t j,
    const struct ledger_escalation *pend, size_t npend, char **err)
{
	struct ledger_open_ticket *t = g_hash_table_lookup(x->open,
	    &x->rows[i].ticket);
	struct ledger_escalation e;
	int lvl, r = 0, was;

	if (t == NULL)
		return IMAP_OK;
	for (size_t k = i; t->incident != 0 && k < j; k++)
		if (isla_incident_kw(x, k, err) != IMAP_OK)
			return IMAP_TEMP;
	memset(&e, 0, sizeof(e));
	lvl = t->priority;
	if (sla_policy_escalation(x->c, t, x->now, &e)) {
		if (ledger_begin(x->l, err) != 0)
			return IMAP_TEMP;
		r = ledger_escalate(x->l, t->id, x->now, e.from_level,
		    e.to_level, e.due_before, e.due_after, &e.id, err);
		if (r == 1 && alert_escalation(x->c, x->l, t, &e, x->now,
		    err) < 0)
			r = -1;
		if (r < 0 || ledger_commit(x->l, err) != 0) {
			if (r < 0)
				ledger_rollback(x->l);
			return IMAP_TEMP;
		}
		if (r == 1) {
			mt_test_crash("AFTER_ESCALATE");
			x->st->escalated++;
			lvl = e.to_level;
		}
	}
	if (r == 1)
		was = 1;
	else if ((was = ledger_was_escalated(x->l, t->id, err)) < 0)
		return IMAP_TEMP;
	for (size_t k = i; was && k < j; k++)
		if (isla_raise(x, k, lvl, err) != IMAP_OK)
			return IMAP_TEMP;
	for (size_t k = 0; k < npend; k++)
		if (pend[k].ticket == t->id && (r != 1 || pend[k].id != e.id) &&
		    isla_notify(x, t, &pend[k], err) != IMAP_OK)
			return IMAP_TEMP;
	if (r == 1)
		return isla_notify(x, t, &e, err);
	if (e.ticket == 0 || !sla_policy_remind(x->c, t, x->now))
		return IMAP_OK;
	/* Escalated to this level before: remind once per interval. */
	if (isla_notice(x, t, &e, 1) != 0)
		return IMAP_OK;
	if (alert_reminder(x->c, x->l, t, x->now, err) < 0 ||
	    ledger_reminded(x->l, t->id, x->now, err) != 0)
		return IMAP_TEMP;
	x->st->reminded++;
	return IMAP_OK;
}

/* The sla lock (as cmd-sla.c takes it), without waiting: NULL if held
 * (or on an error, which the next cycle meets again). */
static struct ledger_lock *
isla_lock(struct ledger *l)
{
	struct ledger_lock *lk = NULL;
	char *err = NULL;
	int r = ledger_lock(l, "sla", 0, &lk, &err);

	if (r == 1)
		log_debug("the sla lock is held (sla --escalate running): "
		    "escalating next cycle");
	else if (r < 0)
		log_warn("%s", err);
	g_free(err);
	return lk;
}

int
imap_sla(struct imap_session *s, const struct conf_account *a,
    const struct conf *c, struct ledger *l, time_t now,
    struct sla_stats *st, char **err)
{
	struct isla x = { s, a, c, l, now, st, NULL, NULL, 0, NULL, NULL };
	struct ledger_escalation *pend = NULL;
	size_t npend = 0;
	gboolean *closed = NULL;
	struct ledger_lock *lock = NULL;
	int rc = IMAP_TEMP;

	*err = NULL;
	if (ledger_imap_open_rows(l, a->name, &x.rows, &x.n, err) != 0)
		return IMAP_TEMP;
	if (x.n == 0) {
		rc = IMAP_OK;
		goto out;
	}
	x.open = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
	    isla_ticket_free);
	x.loc = g_new0(struct isla_loc, x.n);
	x.teams = isla_team_folders(&x);
	closed = g_new0(gboolean, x.n);
	if (ledger_each_open_ticket(l, isla_collect, x.open, err) != 0 ||
	    isla_locate(&x, err) != IMAP_OK)
		goto out;
	for (size_t i = 0, j; i < x.n; i = j) {
		int cl;
		for (j = i; j < x.n && x.rows[j].ticket == x.rows[i].ticket;
		    j++)
			;
		if (isla_refresh_ticket(&x, i, j, &cl, err) != IMAP_OK)
			goto out;
		closed[i] = cl;
	}
	if ((lock = isla_lock(l)) != NULL) {
		if (ledger_escalations_pending(l, &pend, &npend, err) != 0)
			goto out;
		for (size_t i = 0, j; i < x.n; i = j) {
			for (j = i; j < x.n && x.rows[j].ticket ==
			    x.rows[i].ticket; j++)
				;
			if (!closed[i] && isla_escalate_ticket(&x, i, j, pend,
			    npend, err) != IMAP_OK)
				goto out;
		}
	}
	rc = IMAP_OK;
out:
	ledger_unlock(l, &lock);
	/* IDLE and the next sync need the watched folder. */
	if (x.n > 0 && imap_session_connected(s)) {
		char *e2 = NULL;
		if (imap_select_watched(s, &e2) != IMAP_OK && rc == IMAP_OK) {
			*err = e2;
			e2 = NULL;
			rc = IMAP_TEMP;
		}
		g_free(e2);
	}
	for (size_t i = 0; x.loc != NULL && i < x.n; i++)
		g_free(x.loc[i].folder);
	g_free(x.loc);
	g_strfreev(x.teams);
	g_free(closed);
	g_free(pend);
	if (x.open != NULL)
		g_hash_table_destroy(x.open);
	ledger_imap_rows_free(x.rows, x.n);
	return rc;
}
