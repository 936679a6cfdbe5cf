/* Builds the report from the ledger: one pass over the period's messages
 * (volume, signals, rules, senders), one over its tickets (SLA, response
 * times), and the escalation count. */
#include <string.h>

#include <glib.h>

#include "filter.h"
#include "ledger-incident.h"
#include "ledger.h"
#include "report-data.h"

#define REPORT_MAX_DAYS 400	/* past this, the days span the messages */

struct report_acc {
	struct report *r;
	GHashTable *days;	/* "YYYY-MM-DD" -> long long[LEVEL_COUNT] */
	GHashTable *rules;	/* id -> count (GINT_TO_POINTER) */
	GHashTable *senders;	/* lower-case address -> count */
	GHashTable *domains;	/* lower-case domain -> count */
	GHashTable *corr_rules;	/* rule id -> corrections it was in */
	GArray *resp[LEVEL_COUNT + 1];
	GArray *overdue;	/* struct report_ticket */
	time_t first, last;	/* received of the period's messages */
};

char *
report_day_name(time_t t, char *buf, size_t size)
{
	struct tm tm;

	localtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%d", &tm);
	return buf;
}

static void
report_bump(GHashTable *h, const char *key)
{
	gpointer v = g_hash_table_lookup(h, key);

	if (v == NULL)
		g_hash_table_insert(h, g_strdup(key), GINT_TO_POINTER(1));
	else
		g_hash_table_insert(h, g_strdup(key),
		    GINT_TO_POINTER(GPOINTER_TO_INT(v) + 1));
}

static void
report_signals(struct report *r, const char *signals)
{
	char **v;
	int s;

	if (signals == NULL || *signals == '\0' ||
	    strcmp(signals, "none") == 0) {
		r->by_signal[REPORT_NONE]++;
		return;
	}
	v = g_strsplit(signals, ",", -1);
	for (char **p = v; *p != NULL; p++)
		if ((s = mt_signal_parse(g_strstrip(*p))) >= 0)
			r->by_signal[s]++;
	g_strfreev(v);
}

static int
report_message(const struct ledger_report_msg *m, void *arg)
{
	struct report_acc *a = arg;
	struct report *r = a->r;
	char day[16], **v, *addr;
	const char *at;
	long long *n;
	int lv = m->level;

	if (r->messages == 0 || m->received < a->first)
		a->first = m->received;
	if (r->messages == 0 || m->received > a->last)
		a->last = m->received;
	r->messages++;
	r->by_priority[lv]++;
	report_signals(r, m->signals);
	report_day_name(m->received, day, sizeof(day));
	if ((n = g_hash_table_lookup(a->days, day)) == NULL) {
		n = g_new0(long long, LEVEL_COUNT);
		g_hash_table_insert(a->days, g_strdup(day), n);
	}
	if (lv < LEVEL_COUNT)
		n[lv]++;
	v = g_strsplit_set(m->rules != NULL ? m->rules : "", " \t", -1);
	for (char **p = v; *p != NULL; p++)
		if (**p != '\0' && strcmp(*p, "none") != 0)
			report_bump(a->rules, *p);
	g_strfreev(v);
	if (m->from_addr != NULL && *m->from_addr != '\0') {
		addr = g_ascii_strdown(m->from_addr, -1);
		report_bump(a->senders, addr);
		if ((at = strrchr(addr, '@')) != NULL && at[1] != '\0')
			report_bump(a->domains, at + 1);
		g_free(addr);
	}
	return 0;
}

static int
report_ticket(const struct ledger_report_ticket *t, void *arg)
{
	struct report_acc *a = arg;
	struct report *r = a->r;
	struct report_ticket o;
	long long secs;
	/* SLA attainment is the level's at arrival against the due time it
	 * had then: an escalation is counted apart, not as critical's. */
	int lv = t->arrival_level;

	/* A ticket resolved without a reply stopped its clock then: never
	 * overdue, late only if resolved after its due time. */
	time_t stop = t->first_response != 0 ? t->first_response : t->resolved;

	r->tickets++;
	for (size_t i = 0; t->folder != NULL && i < r->nteams; i++)
		if (strcmp(t->folder, r->teams[i].folder) == 0)
			report_sla_add(&r->teams[i].sla, t->arrival_due, stop,
			    r->now);
	report_sla_add(&r->sla[lv], t->arrival_due, stop, r->now);
	if (lv != REPORT_ALL)
		report_sla_add(&r->sla[REPORT_ALL], t->arrival_due, stop,
		    r->now);
	/* Resolution: by the due time with the pauses that ended; an open
	 * ticket waiting on the customer is not overdue. */
	if (t->resolve_due != 0) {
		time_t due = t->resolved == 0 && t->paused != 0 ? 0 :
		    t->resolve_due;

		report_sla_add(&r->resolve[lv], due, t->resolved, r->now);
		if (lv != REPORT_ALL)
			report_sla_add(&r->resolve[REPORT_ALL], due,
			    t->resolved, r->now);
	}
	if (t->first_response != 0) {
		secs = (long long)(t->first_response - t->created);
		if (secs < 0)
			secs = 0;	/* clocks disagree: count as instant */
		g_array_append_val(a->resp[REPORT_ALL], secs);
		if (lv < LEVEL_COUNT) {
			g_array_append_val(a->resp[lv], secs);
			r->hist[lv][report_hist_bin(secs)]++;
		}
	} else if (t->resolved == 0 && t->sla_due != 0 &&
	    r->now > t->sla_due) {
		o.id = t->id;
		o.level = (enum mt_level)t->level;
		o.created = t->created;
		o.sla_due = t->sla_due;
		o.from_addr = g_strdup(t->from_addr != NULL ? t->from_addr :
		    "");
		o.subject = g_strdup(t->subject != NULL ? t->subject : "");
		g_array_append_val(a->overdue, o);
	}
	return 0;
}

/* The incidents opened in the period. */
static int
report_incidents(struct ledger *l, struct report *r, char **err)
{
	struct ledger_incident *a = NULL;
	size_t n = 0;
	GArray *rec = g_array_new(FALSE, FALSE, sizeof(long long));
	GArray *dur = g_array_new(FALSE, FALSE, sizeof(long long));

	r->incident_recognised = r->incident_lasted = -1;
	if (ledger_incidents(l, &a, &n, err) != 0) {
		g_array_free(rec, TRUE);
		g_array_free(dur, TRUE);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		long long s;

		if ((r->since != 0 && a[i].opened < r->since) ||
		    (r->until != 0 && a[i].opened >= r->until))
			continue;
		r->incidents++;
		r->incident_tickets += a[i].members;
		r->incidents_open += a[i].closed == 0;
		s = MAX(0, (long long)(a[i].opened - a[i].first_report));
		g_array_append_val(rec, s);
		if (a[i].closed != 0) {
			s = MAX(0, (long long)(a[i].closed -
			    a[i].first_report));
			g_array_append_val(dur, s);
		}
	}
	report_sort((long long *)rec->data, rec->len);
	report_sort((long long *)dur->data, dur->len);
	r->incident_recognised = report_percentile((long long *)rec->data,
	    rec->len, 50);
	r->incident_lasted = report_percentile((long long *)dur->data,
	    dur->len, 50);
	g_array_free(rec, TRUE);
	g_array_free(dur, TRUE);
	ledger_incidents_free(a, n);
	return 0;
}

static int
report_reply(const struct ledger_report_reply *p, void *arg)
{
	struct report *r = arg;
	time_t due = p->answered == 0 && p->paused != 0 ? 0 : p->due;

	report_sla_add(&r->reply[p->level], due, p->answered, r->now);
	if (p->level != REPORT_ALL)
		report_sla_add(&r->reply[REPORT_ALL], due, p->answered,
		    r->now);
	return 0;
}

/* Every day from the period's first to its last, gaps included. */
static void
report_days(struct report_acc *a)
{
	struct report *r = a->r;
	time_t lo = r->since != 0 ? r->since : a->first;
	time_t hi = r->until != 0 ? r->until - 1 : a->last;
	GArray *days = g_array_new(FALSE, TRUE, sizeof(struct report_day));
	struct report_day d;
	char end[16];
	long long *n;
	struct tm tm;

	if (r->messages == 0 && (r->since == 0 || r->until == 0))
		goto out;
	if (hi - lo > (time_t)REPORT_MAX_DAYS * 86400 && r->messages > 0) {
		lo = lo > a->first ? lo : a->first;
		hi = hi < a->last ? hi : a->last;
	}
	if (hi < lo)
		goto out;
	report_day_name(hi, end, sizeof(end));
	localtime_r(&lo, &tm);
	tm.tm_hour = 12;	/* noon: a DST change never skips a day */
	tm.tm_min = tm.tm_sec = 0;
	for (;;) {
		time_t t;

		tm.tm_isdst = -1;
		t = mktime(&tm);
		memset(&d, 0, sizeof(d));
		report_day_name(t, d.day, sizeof(d.day));
		if ((n = g_hash_table_lookup(a->days, d.day)) != NULL)
			memcpy(d.n, n, sizeof(d.n));
		g_array_append_val(days, d);
		if (strcmp(d.day, end) >= 0 || days->len > 10000)
			break;
		tm.tm_mday++;
	}
out:
	r->ndays = days->len;
	r->days = (struct report_day *)g_array_free(days, FALSE);
}

static gint
report_rule_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct report_rule *a = pa, *b = pb;

	if (a->hits != b->hits)
		return a->hits > b->hits ? -1 : 1;
	return strcmp(a->id, b->id);
}

static void
report_rules(struct report_acc *a, const struct filter_set *fs)
{
	GArray *out = g_array_new(FALSE, TRUE, sizeof(struct report_rule));
	GHashTableIter it;
	struct report_rule rr;
	gpointer k, v;
	const char *id;

	for (size_t c = 0; c < filter_set_nclasses(fs); c++) {
		for (size_t i = 0; i < filter_class_nrules(fs, c); i++) {
			if ((id = filter_rule_id(fs, c, i)) == NULL)
				continue;
			rr.id = g_strdup(id);
			rr.loaded = 1;
			rr.hits = 0;
			if (g_hash_table_lookup_extended(a->rules, id, &k,
			    &v)) {
				rr.hits = GPOINTER_TO_INT(v);
				g_hash_table_remove(a->rules, id);
			}
			g_array_append_val(out, rr);
		}
	}
	/* Rules recorded by an older filter set. */
	g_hash_table_iter_init(&it, a->rules);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		rr.id = g_strdup(k);
		rr.loaded = 0;
		rr.hits = GPOINTER_TO_INT(v);
		g_array_append_val(out, rr);
	}
	g_array_sort(out, report_rule_cmp);
	a->r->nrules = out->len;
	a->r->rules = (struct report_rule *)g_array_free(out, FALSE);
}

static gint
report_count_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct report_count *a = pa, *b = pb;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->key, b->key);
}

/* The REPORT_TOP largest counts of h that are at least min. */
static struct report_count *
report_top(GHashTable *h, long long min, size_t *n)
{
	GArray *all = g_array_new(FALSE, TRUE, sizeof(struct report_count));
	GHashTableIter it;
	struct report_count c;
	gpointer k, v;

	g_hash_table_iter_init(&it, h);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		if (GPOINTER_TO_INT(v) < min)
			continue;
		c.key = k;
		c.n = GPOINTER_TO_INT(v);
		g_array_append_val(all, c);
	}
	g_array_sort(all, report_count_cmp);
	if (all->len > REPORT_TOP)
		g_array_set_size(all, REPORT_TOP);
	for (guint i = 0; i < all->len; i++)
		g_array_index(all, struct report_count, i).key =
		    g_strdup(g_array_index(all, struct report_count, i).key);
	*n = all->len;
	return (struct report_count *)g_array_free(all, FALSE);
}

static gint
report_overdue_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct report_ticket *a = pa, *b = pb;

	if (a->sla_due != b->sla_due)
		return a->sla_due < b->sla_due ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void
report_finish(struct report_acc *a)
{
	struct report *r = a->r;

	for (int i = 0; i <= LEVEL_COUNT; i++) {
		r->nresp[i] = a->resp[i]->len;
		r->resp[i] = (long long *)g_array_free(a->resp[i], FALSE);
		a->resp[i] = NULL;
		report_sort(r->resp[i], r->nresp[i]);
	}
	g_array_sort(a->overdue, report_overdue_cmp);
	r->noverdue_total = a->overdue->len;
	for (guint i = REPORT_OVERDUE; i < a->overdue->len; i++) {
		struct report_ticket *t = &g_array_index(a->overdue,
		    struct report_ticket, i);
		g_free(t->from_addr);
		g_free(t->subject);
	}
	if (a->overdue->len > REPORT_OVERDUE)
		g_array_set_size(a->overdue, REPORT_OVERDUE);
	r->noverdue = a->overdue->len;
	r->overdue = (struct report_ticket *)g_array_free(a->overdue, FALSE);
	a->overdue = NULL;
	r->senders = report_top(a->senders, 2, &r->nsenders);
	r->domains = report_top(a->domains, 1, &r->ndomains);
	r->corrected_rules = report_top(a->corr_rules, 1,
	    &r->ncorrected_rules);
}

static int
report_auto(const char *kind, long long n, void *arg)
{
	struct report *r = arg;
	int k = kind != NULL ? auto_kind_parse(kind) : -1;

	if (k > 0)
		r->auto_n[k] += n;
	r->auto_n[AUTO_NONE] += n;
	return 0;
}

static int
report_correction(const struct ledger_report_correction *c, void *arg)
{
	struct report_acc *a = arg;
	struct report *r = a->r;
	char **v;

	r->corrections++;
	if (c->to < c->from)
		r->corrected_up++;
	else if (c->to > c->from)
		r->corrected_down++;
	v = g_strsplit(c->signals != NULL ? c->signals : "none", ",", -1);
	for (char **p = v; *p != NULL; p++) {
		int s = mt_signal_parse(*p);
		r->corrected_signal[s >= 0 ? s : REPORT_NONE]++;
	}
	g_strfreev(v);
	v = g_strsplit(c->rules != NULL ? c->rules : "", " ", -1);
	for (char **p = v; *p != NULL; p++)
		if (**p != '\0' && strcmp(*p, "none") != 0)
			report_bump(a->corr_rules, *p);
	g_strfreev(v);
	return 0;
}

static int
report_bounce(const struct ledger_report_bounce *b, void *arg)
{
	GArray *a = arg;
	struct report_bounce x = { g_strdup(b->address), b->first, b->last,
	    b->bounces, g_strdup(b->status) };

	g_array_append_val(a, x);
	return 0;
}

int
report_build(struct ledger *l, const struct filter_set *fs,
    const char *const *teams, time_t since, time_t until, time_t now,
    struct report **out, char **err)
{
	struct report_acc a = { 0 };
	int rv = -1, esc;

	*out = NULL;
	a.r = g_new0(struct report, 1);
	for (size_t i = 0; teams != NULL && teams[i] != NULL; i++)
		a.r->nteams++;
	a.r->teams = g_new0(struct report_team, a.r->nteams + 1);
	for (size_t i = 0; i < a.r->nteams; i++)
		a.r->teams[i].folder = g_strdup(teams[i]);
	a.r->since = since;
	a.r->until = until;
	a.r->now = now;
	a.days = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	a.rules = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	a.senders = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	a.domains = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	a.corr_rules = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	for (int i = 0; i <= LEVEL_COUNT; i++)
		a.resp[i] = g_array_new(FALSE, FALSE, sizeof(long long));
	a.overdue = g_array_new(FALSE, TRUE, sizeof(struct report_ticket));
	if (ledger_report_messages(l, since, until, report_message, &a,
	    err) != 0 ||
	    ledger_report_corrections(l, since, until, report_correction, &a,
	    err) != 0 ||
	    ledger_report_tickets(l, since, until, report_ticket, &a,
	    err) != 0 ||
	    ledger_report_replies(l, since, until, report_reply, a.r,
	    err) != 0 || report_incidents(l, a.r, err) != 0 ||
	    (esc = ledger_report_escalations(l, since, until,
	    &a.r->escalations, err)) < 0)
		goto out;
	a.r->escalations_tracked = esc;
	{
		GArray *b = g_array_new(FALSE, TRUE,
		    sizeof(struct report_bounce));
		int rb = ledger_report_auto(l, since, until, report_auto, a.r,
		    err) != 0 || ledger_report_undeliverable(l, since, until,
		    report_bounce, b, err) != 0;

		a.r->nbounced = b->len;
		a.r->bounced = (struct report_bounce *)(void *)g_array_free(b,
		    FALSE);
		if (rb)
			goto out;
	}
	report_days(&a);
	report_rules(&a, fs);
	report_finish(&a);
	*out = a.r;
	a.r = NULL;
	rv = 0;
out:
	for (int i = 0; i <= LEVEL_COUNT; i++)
		if (a.resp[i] != NULL)
			g_array_free(a.resp[i], TRUE);
	if (a.overdue != NULL) {
		for (guint i = 0; i < a.overdue->len; i++) {
			struct report_ticket *t = &g_array_index(a.overdue,
			    struct report_ticket, i);
			g_free(t->from_addr);
			g_free(t->subject);
		}
		g_array_free(a.overdue, TRUE);
	}
	g_hash_table_destroy(a.days);
	g_hash_table_destroy(a.rules);
	g_hash_table_destroy(a.senders);
	g_hash_table_destroy(a.domains);
	g_hash_table_destroy(a.corr_rules);
	report_free(&a.r);
	return rv;
}

void
report_free(struct report **rp)
{
	struct report *r;

	if (rp == NULL || (r = *rp) == NULL)
		return;
	g_free(r->days);
	for (int i = 0; i <= LEVEL_COUNT; i++)
		g_free(r->resp[i]);
	for (size_t i = 0; i < r->nrules; i++)
		g_free(r->rules[i].id);
	g_free(r->rules);
	for (size_t i = 0; i < r->nsenders; i++)
		g_free(r->senders[i].key);
	g_free(r->senders);
	for (size_t i = 0; i < r->ndomains; i++)
		g_free(r->domains[i].key);
	g_free(r->domains);
	for (size_t i = 0; i < r->noverdue; i++) {
		g_free(r->overdue[i].from_addr);
		g_free(r->overdue[i].subject);
	}
	g_free(r->overdue);
	for (size_t i = 0; i < r->nbounced; i++) {
		g_free(r->bounced[i].address);
		g_free(r->bounced[i].status);
	}
	g_free(r->bounced);
	for (size_t i = 0; i < r->ncorrected_rules; i++)
		g_free(r->corrected_rules[i].key);
	g_free(r->corrected_rules);
	for (size_t i = 0; i < r->nteams; i++)
		g_free(r->teams[i].folder);
	g_free(r->teams);
	g_free(r);
	*rp = NULL;
}
