/* Alerts (alert.h): which routes want an event, the payload, the queue,
 * and sending what is due with retries. The digests are in
 * alert-digest.c. */
#include <string.h>

#include <glib.h>

#include "alert-int.h"
#include "alert-send.h"
#include "alert.h"
#include "conf.h"
#include "json.h"
#include "lang.h"
#include "ledger-alert.h"
#include "ledger.h"
#include "log.h"
#include "msg.h"
#include "priority.h"
#include "report-data.h"
#include "triage.h"

#define ALERT_RETRY_FIRST 30		/* seconds; doubling */
#define ALERT_RETRY_MAX 3600
#define ALERT_GIVE_UP (2 * 24 * 3600)	/* a queued alert this old fails */

static const char *const event_names[ALERT_EVENT_COUNT] = {
	"new", "raised", "warning", "escalation", "reminder", "incident",
	"incident_update",
};
static const char *const channel_names[CHANNEL_COUNT] = {
	"webhook", "slack", "mattermost", "teams", "matrix", "rocketchat",
	"mail", "command",
};

const char *
alert_event_name(enum alert_event e)
{
	return (unsigned)e < ALERT_EVENT_COUNT ? event_names[e] : "?";
}

int
alert_event_parse(const char *name)
{
	for (int i = 0; name != NULL && i < ALERT_EVENT_COUNT; i++)
		if (strcmp(name, event_names[i]) == 0)
			return i;
	return -1;
}

const char *
alert_channel_name(int channel)
{
	return (unsigned)channel < CHANNEL_COUNT ? channel_names[channel] :
	    "?";
}

int
alert_channel_parse(const char *name)
{
	for (int i = 0; name != NULL && i < CHANNEL_COUNT; i++)
		if (strcmp(name, channel_names[i]) == 0)
			return i;
	return -1;
}

/* Is name (a folder: '/' and '.' alike) in the comma list? */
static int
alert_in_list(const char *list, const char *name)
{
	char **v = g_strsplit_set(list, ", \t", -1);
	char *n = name != NULL ? g_strdelimit(g_strdup(name), "/", '.') : NULL;
	int in = 0;

	for (char **p = v; *p != NULL && n != NULL && !in; p++)
		in = **p != '\0' && strcmp(g_strdelimit(*p, "/", '.'), n) == 0;
	g_strfreev(v);
	g_free(n);
	return in;
}

/* Does route r want ev about t? */
static int
alert_wants(const struct conf_alert *r, enum alert_event ev,
    const struct alert_ticket *t)
{
	/* A closed incident has no level of its own: every level. */
	if (!(r->events & (1u << ev)) || (t->level < LEVEL_COUNT &&
	    !(r->levels & (1u << t->level))))
		return 0;
	if (r->signals != 0 && !(r->signals & t->signals))
		return 0;
	/* A closed incident is no one customer's: it goes wherever its
	 * opening went, whatever the tiers, teams and languages. */
	if (g_strcmp0(t->incident_state, "closed") == 0)
		return 1;
	if (r->languages != 0 && (t->lang < 0 ||
	    !(r->languages & (1u << t->lang))))
		return 0;
	if (r->teams_s != NULL && !alert_in_list(r->teams_s, t->team))
		return 0;
	if (r->tiers != NULL) {
		int any = 0, in = 0;

		for (char **p = r->tiers; *p != NULL; p++)
			if (**p != '\0') {
				any = 1;
				in |= t->tier != NULL && strcmp(*p, t->tier) == 0;
			}
		if (any && !in)
			return 0;
	}
	return 1;
}

time_t
alert_quiet_until(const struct conf *c, const struct conf_alert *r,
    enum mt_level level, time_t now)
{
	GTimeZone *tz;
	GDateTime *t, *day, *end;
	int m, from = r->quiet_from, to = r->quiet_to, quiet;
	time_t until = now;

	if (from < 0 || (level == LEVEL_CRITICAL && !r->quiet_critical))
		return now;
	tz = c->timezone != NULL && *c->timezone != '\0' ?
	    g_time_zone_new_identifier(c->timezone) : NULL;
	if (tz == NULL)
		tz = g_time_zone_new_local();
	t = g_date_time_new_from_unix_utc(now);
	day = g_date_time_to_timezone(t, tz);
	m = g_date_time_get_hour(day) * 60 + g_date_time_get_minute(day);
	/* 22:00-07:00 wraps past midnight. */
	quiet = from < to ? m >= from && m < to : m >= from || m < to;
	if (quiet) {
		GDateTime *mid = g_date_time_new(tz, g_date_time_get_year(day),
		    g_date_time_get_month(day),
		    g_date_time_get_day_of_month(day), 0, 0, 0);
		GDateTime *base = from < to || m < to ? g_date_time_ref(mid) :
		    g_date_time_add_days(mid, 1);

		end = g_date_time_add_minutes(base, to);
		until = (time_t)g_date_time_to_unix(end);
		g_date_time_unref(end);
		g_date_time_unref(base);
		g_date_time_unref(mid);
	}
	g_date_time_unref(day);
	g_date_time_unref(t);
	g_time_zone_unref(tz);
	return until;
}

static void
alert_signals_json(GString *b, unsigned signals)
{
	int n = 0;

	g_string_append_c(b, '[');
	for (int i = 0; i < SIG_COUNT; i++)
		if (signals & (1u << i)) {
			g_string_append_printf(b, "%s\"%s\"", n++ ? "," : "",
			    mt_signal_name(i));
		}
	g_string_append_c(b, ']');
}

/* The title and text people read. */
static void
alert_words(enum alert_event ev, const struct alert_ticket *t, char **title,
    char **text)
{
	const char *lv = mt_level_name(t->level);
	const char *subj = t->subject != NULL ? t->subject : "";
	const char *from = t->from_addr != NULL ? t->from_addr : "?";
	char due[48] = "-";

	if (t->due != 0)
		priority_format_date(t->due, due, sizeof(due));
	switch (ev) {
	case ALERT_NEW:
		*title = g_strdup_printf("New %s ticket #%lld: %s", lv, t->id,
		    subj);
		break;
	case ALERT_RAISED:
		*title = g_strdup_printf("Ticket #%lld raised %s -> %s: %s",
		    t->id, mt_level_name(t->from_level), lv, subj);
		break;
	case ALERT_WARNING:
		*title = g_strdup_printf("Ticket #%lld (%s) due soon, no "
		    "response yet: %s", t->id, lv, subj);
		break;
	case ALERT_ESCALATION:
		*title = g_strdup_printf("Ticket #%lld escalated %s -> %s, past "
		    "due: %s", t->id, mt_level_name(t->from_level), lv, subj);
		break;
	case ALERT_INCIDENT:
		if (g_strcmp0(t->incident_state, "closed") == 0) {
			char took[32];

			report_duration((long long)(t->due - t->created), took,
			    sizeof(took));
			*title = g_strdup_printf("Incident #%lld closed after "
			    "%s (%lld tickets): %s", t->incident, took,
			    t->incident_tickets, subj);
		} else
			*title = g_strdup_printf("Incident #%lld: several "
			    "customers report the same problem (ticket #%lld, "
			    "%s): %s", t->incident, t->id, lv, subj);
		break;
	case ALERT_INCIDENT_UPDATE:
		*title = g_strdup_printf("Incident #%lld: another report "
		    "(ticket #%lld, %s): %s", t->incident, t->id, lv, subj);
		break;
	default:
		*title = g_strdup_printf("Reminder: ticket #%lld (%s) still "
		    "without a response: %s", t->id, lv, subj);
		break;
	}
	*text = g_strdup_printf("%s\nFrom: %s\nDue: %s\nWhy: %s", *title, from,
	    due, t->reasons != NULL ? t->reasons : "-");
}

static char *
alert_payload(enum alert_event ev, const struct alert_ticket *t,
    const char *title, const char *text)
{
	GString *b = g_string_new(NULL);

	g_string_append_printf(b, "{\"event\":\"%s\",\"ticket\":%lld,"
	    "\"level\":\"%s\",", alert_event_name(ev), t->id,
	    t->level < LEVEL_COUNT ? mt_level_name(t->level) : "");
	if (ev == ALERT_RAISED || ev == ALERT_ESCALATION)
		g_string_append_printf(b, "\"from_level\":\"%s\",",
		    mt_level_name(t->from_level));
	if (ev == ALERT_INCIDENT || ev == ALERT_INCIDENT_UPDATE)
		g_string_append_printf(b, "\"incident\":%lld,\"state\":\"%s\",",
		    t->incident, t->incident_state);
	g_string_append(b, "\"signals\":");
	alert_signals_json(b, t->signals);
	g_string_append(b, ",\"tier\":");
	json_append(b, t->tier);
	g_string_append(b, ",\"team\":");
	json_append(b, t->team);
	g_string_append(b, ",\"language\":");
	json_append(b, t->lang >= 0 ? lang_name((enum lang)t->lang) : NULL);
	g_string_append(b, ",\"from\":");
	json_append(b, t->from_addr);
	g_string_append(b, ",\"subject\":");
	json_append(b, t->subject);
	g_string_append(b, ",\"reasons\":");
	json_append(b, t->reasons);
	g_string_append_printf(b, ",\"created\":%lld,\"due\":%lld,\"title\":",
	    (long long)t->created, (long long)t->due);
	json_append(b, title);
	g_string_append(b, ",\"text\":");
	json_append(b, text);
	g_string_append_c(b, '}');
	return g_string_free(b, FALSE);
}

/* Where r sends: its URL (or the file holding it), room, address or
 * program. */
static const char *
alert_destination(const struct conf_alert *r)
{
	if (r->channel == CHANNEL_MAIL)
		return r->to;
	if (r->channel == CHANNEL_COMMAND)
		return r->command;
	if (r->channel == CHANNEL_MATRIX)
		return r->room;
	return r->url != NULL ? r->url : r->url_file;
}

int
alert_queue(const struct conf *c, struct ledger *l, enum alert_event ev,
    const struct alert_ticket *t, time_t now, char **err)
{
	char *title = NULL, *text = NULL, *payload = NULL;
	int queued = 0;

	for (size_t i = 0; i < c->nalerts; i++) {
		const struct conf_alert *r = &c->alerts[i];
		char *dedup;
		int q;

		if (!alert_wants(r, ev, t))
			continue;
		if (payload == NULL) {
			alert_words(ev, t, &title, &text);
			payload = alert_payload(ev, t, title, text);
		}
		/* The same event about the same ticket (and target, level
		 * or reminder) once per destination: two routes to one
		 * channel send it once. */
		dedup = g_strdup_printf("%s\n%s\n%s\n%lld\n%lld",
		    alert_channel_name(r->channel), alert_destination(r),
		    alert_event_name(ev), t->id, t->cycle);
		q = ledger_alert_queue(l, r->name, alert_event_name(ev), t->id,
		    dedup, mt_level_name(t->level), title, text, payload, now,
		    alert_quiet_until(c, r, t->level, now), err);
		g_free(dedup);
		if (q < 0) {
			queued = -1;
			break;
		}
		queued += q;
	}
	g_free(title);
	g_free(text);
	g_free(payload);
	return queued;
}

int
alert_filed(const struct conf *c, struct ledger *l, const struct triage *t,
    long long ticket, int is_new, enum mt_level was, time_t now,
    char **err)
{
	struct alert_ticket a;
	enum alert_event ev;

	if (c->nalerts == 0 || t->agent || t->auto_kind != 0 || t->backfill)
		return 0;
	/* A ticket of an incident: the incident's alerts, not its own. */
	if (t->incident != 0 && is_new)
		ev = t->incident_opened ? ALERT_INCIDENT :
		    ALERT_INCIDENT_UPDATE;
	else if (is_new)
		ev = ALERT_NEW;
	else if (t->prio.level < was)
		ev = ALERT_RAISED;
	else
		return 0;
	memset(&a, 0, sizeof(a));
	a.id = ticket;
	a.level = t->prio.level;
	a.from_level = was;
	a.signals = t->match.signals | t->ticket_signals;
	a.tier = t->tier_name;
	a.lang = t->match.lang;
	a.from_addr = t->msg != NULL ? msg_from_addr(t->msg) : NULL;
	a.subject = t->msg != NULL ? msg_zone_text(t->msg, ZONE_SUBJECT,
	    NULL) : NULL;
	a.reasons = t->prio.reasons;
	a.created = t->input.first_arrival;
	a.due = t->prio.due;
	a.cycle = is_new ? 0 : (long long)t->prio.level;
	a.incident = t->incident;
	a.incident_state = t->incident_opened ? "opened" : "joined";
	return alert_queue(c, l, ev, &a, now, err);
}

int
alert_incident_closed(const struct conf *c, struct ledger *l,
    long long incident, const char *signal, const char *title,
    long long tickets, time_t first_report, time_t now, char **err)
{
	struct alert_ticket a;
	int sg = mt_signal_parse(signal);

	if (c->nalerts == 0)
		return 0;
	memset(&a, 0, sizeof(a));
	a.signals = sg >= 0 ? 1u << sg : 0;
	a.level = a.from_level = LEVEL_COUNT;
	a.lang = -1;
	a.subject = title;
	a.created = first_report;
	a.due = now;
	a.cycle = -incident;	/* apart from its opening */
	a.incident = incident;
	a.incident_state = "closed";
	a.incident_tickets = tickets;
	return alert_queue(c, l, ALERT_INCIDENT, &a, now, err);
}

/* folder, when it is one of [sla] team_folders ('/' and '.' alike). */
static const char *
alert_team(const struct conf *c, const char *folder)
{
	return folder != NULL && c->team_folders != NULL &&
	    alert_in_list(c->team_folders, folder) ? folder : NULL;
}

void
alert_ticket_of(const struct conf *c, const struct ledger_open_ticket *o,
    struct alert_ticket *t)
{
	char **v = g_strsplit(o->signals != NULL ? o->signals : "", ",", -1);

	memset(t, 0, sizeof(*t));
	for (char **p = v; *p != NULL; p++) {
		int s = mt_signal_parse(*p);
		if (s >= 0)
			t->signals |= 1u << s;
	}
	g_strfreev(v);
	t->id = o->id;
	t->level = t->from_level = o->priority;
	t->tier = o->tier;
	t->team = alert_team(c, o->folder);
	t->lang = -1;		/* not kept per ticket */
	t->from_addr = o->from_addr;
	t->subject = o->subject;
	t->reasons = o->reasons;
	t->created = o->created;
	t->due = o->sla_due;
}

int
alert_escalation(const struct conf *c, struct ledger *l,
    const struct ledger_open_ticket *o, const struct ledger_escalation *e,
    time_t now, char **err)
{
	struct alert_ticket t;

	if (c->nalerts == 0)
		return 0;
	alert_ticket_of(c, o, &t);
	t.level = e->to_level;
	t.from_level = e->from_level;
	t.due = e->due_before;
	t.cycle = (long long)e->to_level * 1000000000000LL +
	    (long long)e->due_before % 1000000000000LL;
	return alert_queue(c, l, ALERT_ESCALATION, &t, now, err);
}

int
alert_reminder(const struct conf *c, struct ledger *l,
    const struct ledger_open_ticket *o, time_t now, char **err)
{
	struct alert_ticket t;

	if (c->nalerts == 0)
		return 0;
	alert_ticket_of(c, o, &t);
	t.cycle = o->reminders + 1;
	return alert_queue(c, l, ALERT_REMINDER, &t, now, err);
}

struct alert_warn {
	const struct conf *c;
	GArray *due;		/* struct alert_ticket copies to queue */
	GPtrArray *keep;	/* their strings */
	time_t now;
};

const char *
alert_keep(GPtrArray *k, const char *s)
{
	if (s == NULL)
		return NULL;
	g_ptr_array_add(k, g_strdup(s));
	return g_ptr_array_index(k, k->len - 1);
}

static int
alert_warn_one(const struct ledger_open_ticket *o, void *arg)
{
	struct alert_warn *w = arg;
	time_t start = o->cycle_start != 0 ? o->cycle_start : o->created;

	/* An escalation starts the new level's target. */
	if (o->escalated > start)
		start = o->escalated;
	struct alert_ticket t;

	if (o->answered != 0 || o->paused != 0 || o->sla_due == 0 ||
	    w->now >= o->sla_due || o->sla_due <= start)
		return 0;
	if ((double)(w->now - start) < w->c->warn_at *
	    (double)(o->sla_due - start))
		return 0;
	alert_ticket_of(w->c, o, &t);
	/* The strings outlive the callback. */
	t.tier = alert_keep(w->keep, o->tier);
	t.team = alert_keep(w->keep, t.team);
	t.from_addr = alert_keep(w->keep, o->from_addr);
	t.subject = alert_keep(w->keep, o->subject);
	t.reasons = alert_keep(w->keep, o->reasons);
	t.cycle = (long long)o->sla_due;	/* once per target */
	g_array_append_val(w->due, t);
	return 0;
}

int
alert_warnings(const struct conf *c, struct ledger *l, time_t now, char **err)
{
	struct alert_warn w = { c, NULL, NULL, now };
	int any = 0, n = 0, r = 0;

	for (size_t i = 0; i < c->nalerts; i++)
		any |= (c->alerts[i].events & (1u << ALERT_WARNING)) != 0;
	if (!any)
		return 0;
	w.due = g_array_new(FALSE, FALSE, sizeof(struct alert_ticket));
	w.keep = g_ptr_array_new_with_free_func(g_free);
	if (ledger_each_open_ticket(l, alert_warn_one, &w, err) != 0)
		n = -1;
	for (guint i = 0; n >= 0 && i < w.due->len; i++) {
		if (ledger_begin(l, err) != 0 ||
		    (r = alert_queue(c, l, ALERT_WARNING,
		    &g_array_index(w.due, struct alert_ticket, i), now,
		    err)) < 0) {
			ledger_rollback(l);
			n = -1;
			break;
		}
		if (ledger_commit(l, err) != 0) {
			ledger_rollback(l);
			n = -1;
			break;
		}
		n += r;
	}
	g_array_free(w.due, TRUE);
	g_ptr_array_free(w.keep, TRUE);
	return n;
}

static const struct conf_alert *
alert_route(const struct conf *c, const char *name)
{
	for (size_t i = 0; i < c->nalerts; i++)
		if (strcmp(c->alerts[i].name, name) == 0)
			return &c->alerts[i];
	return NULL;
}

/* One alert: claimed under its lock (a run that died while sending
 * left it 'sending' and its lock free), sent, its outcome recorded. 1
 * sent, 0 not. */
static int
alert_try(const struct conf *c, struct ledger *l,
    struct ledger_alert *a, time_t now, double limit)
{
	const struct conf_alert *r = alert_route(c, a->route);
	struct ledger_lock *lk = NULL;
	char *key = g_strdup_printf("alert\n%lld", a->id), *err = NULL;
	int permanent = 0, rc = 0, got;

	if (ledger_lock(l, key, 0, &lk, &err) != 0)
		goto out;	/* another run is sending it */
	if ((got = ledger_alert_claim(l, a->id, &err)) <= 0)
		goto out;
	a->attempts++;
	if (r == NULL) {
		log_error("alert #%lld: [alert %s] is gone from the "
		    "configuration: not sent", a->id, a->route);
		ledger_alert_retry(l, a->id, now, 1, "route gone", NULL);
		goto out;
	}
	if (alert_send(c, r, a, limit, &err, &permanent) == 0) {
		if (ledger_alert_sent(l, a->id, now, &err) != 0)
			log_warn("alert #%lld sent, but the ledger was not "
			    "updated (%s): it may go again", a->id, err);
		else
			log_info("alert #%lld (%s, ticket #%lld) sent to [alert "
			    "%s]", a->id, a->event, a->ticket, a->route);
		rc = 1;
		goto out;
	}
	if (permanent || a->attempts >= 20 || now - a->created >=
	    ALERT_GIVE_UP) {
		log_error("alert #%lld (%s, ticket #%lld) to [alert %s] failed "
		    "for good after %lld attempt%s: %s", a->id, a->event,
		    a->ticket, a->route, a->attempts, a->attempts == 1 ? "" :
		    "s", err);
		ledger_alert_retry(l, a->id, now, 1, err, NULL);
	} else {
		long long wait = ALERT_RETRY_FIRST << MIN(a->attempts - 1, 10);

		if (wait > ALERT_RETRY_MAX)
			wait = ALERT_RETRY_MAX;
		log_warn("alert #%lld to [alert %s] not sent (%s): trying again "
		    "in %lld s", a->id, a->route, err, wait);
		ledger_alert_retry(l, a->id, alert_quiet_until(c, r,
		    (enum mt_level)MAX(0, mt_level_parse(a->level)),
		    now + (time_t)wait), 0, err, NULL);
	}
out:
	ledger_unlock(l, &lk);
	g_free(key);
	g_free(err);
	return rc;
}

int
alert_flush(const struct conf *c, struct ledger *l, time_t now, double budget)
{
	gint64 until = g_get_monotonic_time() + (gint64)(budget * 1e6);
	struct ledger_alert *a = NULL;
	char *err = NULL;
	size_t n = 0;
	int sent = 0;

	if (ledger_alerts(l, now, 0, &a, &n, &err) != 0) {
		log_warn("alerts: %s", err);
		g_free(err);
		return 0;
	}
	for (size_t i = 0; i < n; i++) {
		if (budget > 0 && g_get_monotonic_time() > until) {
			log_debug("alerts: %zu left for the next run", n - i);
			break;
		}
		sent += alert_try(c, l, &a[i], now, budget > 0 ?
		    (double)(until - g_get_monotonic_time()) / 1e6 : 0);
	}
	ledger_alerts_free(a, n);
	return sent;
}
