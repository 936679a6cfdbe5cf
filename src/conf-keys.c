/* The config keys, one table per kind of group (conf-int.h): group,
 * key, type, default, where the value goes and the help the example
 * config and check show. conf.c reads files with them. */
#include <stddef.h>

#include <glib.h>

#include "conf.h"
#include "conf-int.h"

#define OFF(f) offsetof(struct conf, f)
#define LEVEL_KEYS(g, i, fdef, hours, resolve)				\
	{ g, "folder", CT_FOLDER, fdef, OFF(level[i].folder),		\
	    "Maildir++ folder for " g " mail" },			\
	{ g, "sla_hours", CT_HOURS, hours, OFF(level[i].sla_hours),	\
	    "first response target in hours for " g " mail" },		\
	{ g, "reply_hours", CT_HOURS, NULL, OFF(level[i].reply_hours),	\
	    "next reply target: a customer writing again after an answer "\
	    "waits at most this long; default sla_hours" },		\
	{ g, "resolve_hours", CT_HOURS, resolve,				\
	    OFF(level[i].resolve_hours), "resolution target in hours "	\
	    "from the first message (time waiting on the customer not "	\
	    "counted)" },						\
	{ g, "business_hours", CT_BOOL, "false",			\
	    OFF(level[i].business_hours),				\
	    "count the target in business hours ([sla] schedule)" },	\
	{ g, "remind_hours", CT_HOURS, NULL, OFF(level[i].remind_hours),	\
	    "an escalated " g " ticket still unanswered is re-notified "	\
	    "this often; default [sla] remind_hours" }

const struct conf_key conf_keys[] = {
	{ "general", "maildir", CT_PATH, NULL, OFF(maildir),
	    "Maildir root; default $MAILDIR, else ~/Maildir" },
	{ "general", "ledger", CT_PATH, NULL, OFF(ledger),
	    "the ledger: a SQLite file (default <maildir>/mailtriage.db), or "
	    "postgresql://USER@HOST/DB?passfile=FILE, a PostgreSQL database "
	    "that several gateways share" },
	{ "general", "ledger_timeout", CT_SECONDS, "30", OFF(ledger_timeout),
	    "seconds to wait for a busy ledger, or for another delivery of "
	    "the same message, before deferring the mail" },
	{ "general", "ledger_check", CT_HOURS, "1", OFF(ledger_check),
	    "hours between integrity checks of the ledger (fractions "
	    "allowed); after an unclean shutdown at most one minute" },
	{ "general", "error_folder", CT_FOLDER, "", OFF(error_folder),
	    "folder for mail that could not be classified; empty = INBOX" },
	{ "general", "user", CT_STRING, NULL, OFF(user),
	    "deliver as this user when started as root; default the "
	    "Maildir's owner" },
	{ "filters", "dir", CT_PATH, NULL, OFF(filters),
	    "shipped filter directory; default the installed one" },
	{ "filters", "local_dir", CT_PATH, NULL, OFF(local_filters),
	    "site filters that override shipped ones; default "
	    MT_SYSCONFDIR "/filters.d" },
	{ "filters", "cache", CT_PATH, NULL, OFF(filter_cache),
	    "compiled patterns kept for the next deliver, filter or explain "
	    "(one message per process); default <ledger>.rxcache (beside "
	    "the ledger), none: no cache" },
	{ "priority", "safety", CT_LEVEL, "critical",
	    OFF(signal_level[SIG_SAFETY]), "level for a safety signal" },
	{ "priority", "outage", CT_LEVEL, "high",
	    OFF(signal_level[SIG_OUTAGE]), "level for an outage signal" },
	{ "priority", "payment", CT_LEVEL, "medium",
	    OFF(signal_level[SIG_PAYMENT]), "level for a payment signal" },
	{ "priority", "account", CT_LEVEL, "medium",
	    OFF(signal_level[SIG_ACCOUNT]), "level for an account signal" },
	{ "priority", "none", CT_LEVEL, "low", OFF(none_level),
	    "level when no signal fired" },
	LEVEL_KEYS("critical", LEVEL_CRITICAL, "Triage.Critical", "1", "4"),
	LEVEL_KEYS("high", LEVEL_HIGH, "Triage.High", "4", "8"),
	LEVEL_KEYS("medium", LEVEL_MEDIUM, "Triage.Medium", "24", "24"),
	LEVEL_KEYS("low", LEVEL_LOW, "Triage.Low", "72", "120"),
	{ "modifiers", "impact", CT_STEPS, "1", OFF(mod.impact),
	    "levels raised by business impact (production halted, all "
	    "users, revenue, patients)" },
	{ "modifiers", "urgency", CT_STEPS, "1", OFF(mod.urgency),
	    "levels raised when money is urgently needed or the customer "
	    "cannot pay (filters/urgency.rules)" },
	{ "modifiers", "relief", CT_STEPS, "-1", OFF(mod.relief),
	    "levels for no hurry or a message just for information "
	    "(filters/relief.rules); never applied to safety" },
	{ "modifiers", "usable", CT_STEPS, "-1", OFF(mod.usable),
	    "levels for an outage the customer can work around, whose "
	    "deadline is weeks away, or that is only slow "
	    "(filters/usable.rules); applied to an outage only" },
	{ "modifiers", "frustration", CT_STEPS, "1", OFF(mod.frustration),
	    "levels raised by frustration (angry words, shouting, !!!)" },
	{ "modifiers", "repeat", CT_STEPS, "1", OFF(mod.repeat),
	    "levels raised by the repeat_count-th contact in the window" },
	{ "modifiers", "howto", CT_STEPS, "-1", OFF(mod.howto),
	    "levels for a how-to question (filters/howto.rules); never "
	    "applied to safety" },
	{ "modifiers", "vip", CT_STEPS, "1", OFF(mod.tier[TIER_VIP]),
	    "levels for VIP customers" },
	{ "modifiers", "enterprise", CT_STEPS, "1",
	    OFF(mod.tier[TIER_ENTERPRISE]), "levels for enterprise customers" },
	{ "modifiers", "business", CT_STEPS, "0",
	    OFF(mod.tier[TIER_BUSINESS]), "levels for business customers" },
	{ "modifiers", "free", CT_STEPS, "0", OFF(mod.tier[TIER_FREE]),
	    "levels for free-plan customers (negative lowers)" },
	{ "modifiers", "max_raise", CT_STEPS, "2", OFF(mod.max_raise),
	    "the most all modifiers together may raise" },
	{ "modifiers", "critical_by_modifiers", CT_BOOL, "false",
	    OFF(mod.critical_by_modifiers),
	    "let modifiers alone reach critical; by default only safety, or "
	    "an outage with business impact, is critical" },
	{ "modifiers", "repeat_count", CT_COUNT, "3", OFF(mod.repeat_count),
	    "the contact from the same sender or thread that counts as "
	    "a repeat" },
	{ "modifiers", "repeat_window_hours", CT_HOURS, "48",
	    OFF(mod.repeat_window_hours), "window for counting contacts" },
	{ "modifiers", "thread_window_hours", CT_HOURS, "720",
	    OFF(mod.thread_window_hours), "how old a ticket a Re:/AW: subject "
	    "from the same sender may join" },
	{ "modifiers", "shout_ratio", CT_RATIO, "0.6", OFF(mod.shout_ratio),
	    "share of capital letters that counts as shouting" },
	{ "modifiers", "shout_min_letters", CT_COUNT, "20",
	    OFF(mod.shout_min_letters), "letters needed before shouting "
	    "counts" },
	{ "modifiers", "bang_run", CT_COUNT, "3", OFF(mod.bang_run),
	    "this many ! in a row count as frustration" },
	{ "tiers", "vip", CT_PATH, NULL, OFF(tier_list[TIER_VIP]),
	    "list file of VIP addresses, domains and *.subdomains" },
	{ "tiers", "enterprise", CT_PATH, NULL,
	    OFF(tier_list[TIER_ENTERPRISE]), "list file of enterprise "
	    "customers" },
	{ "tiers", "business", CT_PATH, NULL, OFF(tier_list[TIER_BUSINESS]),
	    "list file of business customers" },
	{ "tiers", "free", CT_PATH, NULL, OFF(tier_list[TIER_FREE]),
	    "list file of free-plan customers" },
	{ "tiers", "header", CT_STRING, "X-Customer-Tier", OFF(tier_header),
	    "header a web form or upstream system sets to the tier" },
	{ "tiers", "trust_header", CT_BOOL, "false", OFF(trust_tier_header),
	    "believe that header (only if every path into the mailbox sets "
	    "or strips it)" },
	{ "sla", "timezone", CT_TZ, "", OFF(timezone),
	    "time zone of the business hours, e.g. Europe/Berlin; empty = "
	    "the system's" },
	{ "sla", "schedule", CT_SCHEDULE, "Mon-Fri 09:00-17:00",
	    OFF(schedule), "business hours: DAYS HH:MM-HH:MM[, ...], e.g. "
	    "Mon-Fri 08:00-18:00, Sat 10:00-14:00" },
	{ "sla", "holidays", CT_STRING, NULL, OFF(holidays_spec),
	    "days closed all day: dates 2026-12-24, ranges "
	    "2026-12-24..2026-12-31 and iCalendar files (.ics), separated "
	    "by commas" },
	{ "sla", "resolved_folder", CT_FOLDER, "Triage.Resolved",
	    OFF(resolved_folder), "folder agents move resolved mail into" },
	{ "sla", "warn_at", CT_RATIO, "0.75", OFF(warn_at),
	    "share of a response target gone when a warning alert goes "
	    "out ([alert NAME] events = warning)" },
	{ "sla", "pending_folder", CT_FOLDER, "Triage.Pending",
	    OFF(pending_folder), "folder for tickets waiting on the "
	    "customer: their clocks stop until the customer writes again or "
	    "the message is moved out" },
	{ "sla", "notify_to", CT_STRING, NULL, OFF(notify_to),
	    "address that escalation notices are mailed to; unset: none" },
	{ "sla", "notify_from", CT_STRING, NULL, OFF(notify_from),
	    "sender of escalation notices; default mailtriage@ this host's "
	    "name" },
	{ "sla", "sendmail", CT_PATH, "/usr/sbin/sendmail", OFF(sendmail),
	    "sendmail program used for notices" },
	{ "sla", "escalations_folder", CT_FOLDER, NULL,
	    OFF(escalations_folder), "Maildir++ folder that also gets a copy "
	    "of each notice, e.g. Triage.Escalations; unset: none" },
	{ "sla", "remind_hours", CT_HOURS, "4", OFF(remind_hours),
	    "an escalated ticket still unanswered is re-notified this often" },
	{ "sla", "agents", CT_STRING, NULL, OFF(agents),
	    "the support team's own addresses, domains or *.domains "
	    "(comma-separated): their mail that reaches mailtriage (a Bcc) "
	    "is a reply, the first response of the ticket it answers" },
	{ "sla", "agent_folder", CT_FOLDER, "Triage.Sent", OFF(agent_folder),
	    "folder the agents' replies are filed into" },
	{ "sla", "team_folders", CT_STRING, NULL, OFF(team_folders),
	    "folders agents move tickets into to work on them (comma-"
	    "separated, e.g. Support.Billing, Support.Tech): a ticket there "
	    "stays open" },
	{ "incidents", "enabled", CT_BOOL, "true", OFF(incidents),
	    "group reports of one outage or safety problem into incidents" },
	{ "incidents", "reports", CT_COUNT, "3", OFF(incident_reports),
	    "an incident opens at this many tickets from different "
	    "customers" },
	{ "incidents", "window_minutes", CT_COUNT, "15", OFF(incident_window),
	    "... arriving within this many minutes" },
	{ "incidents", "shared", CT_COUNT, "2", OFF(incident_shared),
	    "... sharing this many rule ids and significant words (at least "
	    "one word)" },
	{ "incidents", "raise", CT_STEPS, "1", OFF(incident_raise),
	    "levels the tickets of an incident are raised (0: none)" },
	{ "auto", "folder", CT_FOLDER, "Triage.Auto", OFF(auto_folder),
	    "folder for automatic mail (bounces, out-of-office replies, "
	    "lists, bulk, our own notices): no ticket, no SLA" },
	{ "auto", "kinds", CT_KINDS, "bounce auto-reply list bulk own",
	    OFF(auto_kinds), "which kinds of automatic mail are recognised "
	    "(bounce, auto-reply, list, bulk, own; none); the others are "
	    "triaged as customers' mail" },
	{ "ack", "enabled", CT_BOOL, "false", OFF(ack_enabled),
	    "acknowledge a new ticket to the customer: ticket tag, priority "
	    "in plain words, expected first response" },
	{ "ack", "from", CT_STRING, NULL, OFF(ack_from),
	    "the support address acknowledgements come from (required "
	    "when enabled)" },
	{ "ack", "templates", CT_PATH, MT_SYSCONFDIR "/ack",
	    OFF(ack_templates), "directory of the templates, one per "
	    "language: en.txt de.txt fr.txt es.txt pt.txt it.txt nl.txt" },
	{ "ack", "tag", CT_STRING, "[#%t]", OFF(ack_tag),
	    "the ticket tag (%t: the ticket number); a reply with it in its "
	    "subject joins that ticket" },
	{ "ack", "subject", CT_STRING, "%T Re: %s", OFF(ack_subject),
	    "subject of an acknowledgement (%T: the tag, %s: the customer's "
	    "subject)" },
	{ "ack", "interval", CT_HOURS, "24", OFF(ack_interval),
	    "at most one acknowledgement per address in this many hours" },
	{ "store", "lmtp", CT_STRING, NULL, OFF(store_lmtp),
	    "file mail through the mailbox server's LMTP service (Dovecot's "
	    "lmtp) instead of into the Maildir: unix:PATH or HOST[:PORT] "
	    "(port 24); unset: the Maildir" },
	{ "store", "recipient", CT_STRING, NULL, OFF(store_recipient),
	    "the support mailbox's address (or user name) at the LMTP "
	    "server; needed with lmtp" },
	{ "store", "detail", CT_BOOL, "true", OFF(store_detail),
	    "name the folder as the recipient's +detail (Dovecot: "
	    "lmtp_save_to_detail_mailbox = yes); false: the server's Sieve "
	    "rules file it by X-Triage-Priority" },
	{ "lmtp", "listen", CT_STRING, NULL, OFF(lmtp_listen),
	    "where mailtriage lmtpd listens: unix:PATH and/or HOST:PORT on "
	    "a loopback address (LMTP has no authentication), "
	    "space-separated; not needed under systemd socket activation" },
	{ "lmtp", "maildir", CT_STRING, NULL, OFF(lmtp_maildir),
	    "each recipient's Maildir: %u local part, %d domain, %a the "
	    "address, %% a percent sign (lower-cased; one ledger per "
	    "Maildir); default [general] maildir for all" },
	{ "lmtp", "recipients", CT_STRING, NULL, OFF(lmtp_recipients),
	    "addresses and @domains accepted (others: 550 5.1.1), "
	    "space- or comma-separated; default all" },
	{ "lmtp", "max_size", CT_SIZE, "52428800", OFF(lmtp_max_size),
	    "largest message in bytes (SIZE; larger: 552 5.3.4)" },
	{ "lmtp", "sessions", CT_COUNT, "4", OFF(lmtp_sessions),
	    "sessions served at once (worker processes)" },
	{ "lmtp", "idle_timeout", CT_SECONDS, "300", OFF(lmtp_idle_timeout),
	    "seconds a client may stay silent (then 421 4.4.2)" },
	{ "metrics", "listen", CT_STRING, NULL, OFF(metrics_listen),
	    "HOST:PORT where poll and lmtpd serve Prometheus metrics (GET "
	    "/metrics), "
	    "e.g. 127.0.0.1:9187; unset: none" },
	{ "metrics", "allow_remote", CT_BOOL, "false",
	    OFF(metrics_allow_remote), "let listen be an address other "
	    "than loopback (the metrics name accounts and rules)" },
	{ "metrics", "textfile", CT_PATH, NULL, OFF(metrics_textfile),
	    "file for node_exporter's textfile collector (*.prom), written "
	    "atomically by sla and by poll: ledger gauges; unset: none" },
	{ "limits", "max_parse_size", CT_SIZE, "33554432", OFF(max_parse_size),
	    "bytes; larger mail is delivered unclassified" },
	{ "limits", "match_limit", CT_COUNT, "1000000", OFF(match_limit),
	    "PCRE2 match limit per rule and zone" },
};
const size_t conf_keys_n = G_N_ELEMENTS(conf_keys);

/* The keys of an [account NAME] group (IMAP polling). */
#define AOFF(f) offsetof(struct conf_account, f)
const struct conf_key account_keys[] = {
	{ "account", "host", CT_STRING, NULL, AOFF(host),
	    "IMAP server host name (required; checked against its "
	    "certificate)" },
	{ "account", "port", CT_PORT, NULL, AOFF(port),
	    "port; default 993 for tls = imaps, else 143" },
	{ "account", "tls", CT_TLS, "imaps", AOFF(tls),
	    "imaps, starttls or none" },
	{ "account", "user", CT_STRING, NULL, AOFF(user),
	    "login name (required)" },
	{ "account", "auth", CT_AUTH, "password", AOFF(auth),
	    "password (LOGIN), xoauth2 or oauthbearer (SASL with an OAuth "
	    "2.0 access token: token_command or token_file)" },
	{ "account", "password_file", CT_PATH, NULL, AOFF(password_file),
	    "file holding the password; must not be world-readable" },
	{ "account", "password_env", CT_STRING, NULL, AOFF(password_env),
	    "or: environment variable holding the password" },
	{ "account", "token_command", CT_STRING, NULL, AOFF(token_command),
	    "auth = xoauth2/oauthbearer: shell command that prints a fresh "
	    "access token on stdout, run each time one is needed" },
	{ "account", "token_file", CT_PATH, NULL, AOFF(token_file),
	    "or: file holding the access token (kept fresh by another "
	    "program); must not be world-readable" },
	{ "account", "token_timeout", CT_SECONDS, "30", AOFF(token_timeout),
	    "seconds token_command may take before it is killed" },
	{ "account", "ca_file", CT_PATH, NULL, AOFF(ca_file),
	    "CA certificates (PEM) to trust; default the system store" },
	{ "account", "verify_cert", CT_BOOL, "true", AOFF(verify_cert),
	    "verify the server certificate and host name; false is "
	    "dangerous and logged loudly" },
	{ "account", "allow_plaintext", CT_BOOL, "false",
	    AOFF(allow_plaintext),
	    "allow LOGIN over an unencrypted connection (tls = none)" },
	{ "account", "folder", CT_STRING, "INBOX", AOFF(folder),
	    "folder to watch" },
	{ "account", "folder_prefix", CT_STRING, "Triage", AOFF(folder_prefix),
	    "priority folders are PREFIX/Critical, PREFIX/High, ..." },
	{ "account", "resolved_folder", CT_STRING, NULL,
	    AOFF(resolved_folder), "folder agents move resolved mail into; "
	    "default PREFIX/Resolved" },
	{ "account", "pending_folder", CT_STRING, NULL,
	    AOFF(pending_folder), "folder for tickets waiting on the "
	    "customer (clocks stopped); default PREFIX/Pending" },
	{ "account", "keyword_prefix", CT_STRING, "$Triage_",
	    AOFF(keyword_prefix), "IMAP keywords: $Triage_High, "
	    "$Triage_Outage, ..." },
	{ "account", "mode", CT_MODE, "move", AOFF(move),
	    "move (into the priority folders) or tag (keywords only)" },
	{ "account", "idle", CT_BOOL, "true", AOFF(idle),
	    "use IMAP IDLE when the server offers it" },
	{ "account", "poll_interval", CT_SECONDS, "60", AOFF(poll_interval),
	    "seconds between polls when not idling" },
	{ "account", "timeout", CT_SECONDS, "60", AOFF(timeout),
	    "network timeout in seconds" },
	{ "account", "lease", CT_SECONDS, "60", AOFF(lease),
	    "pollers sharing the ledger take turns: one polls the account "
	    "and renews its lease every third of this; another takes over "
	    "when it has not for this many seconds" },
};
const size_t account_keys_n = G_N_ELEMENTS(account_keys);

/* [tier NAME]: a customer tier of its own, or a built-in one's targets.
 * No defaults: what is not set stays (the built-in's, or none). */
#define TOFF(f) offsetof(struct conf_tier, f)
const struct conf_key tier_keys[] = {
	{ "tier", "list", CT_PATH, NULL, TOFF(list),
	    "list file of the tier's addresses, domains and *.subdomains" },
	{ "tier", "modifier", CT_STEPS, NULL, TOFF(modifier),
	    "levels the tier moves the priority (negative lowers)" },
	{ "tier", "rank", CT_COUNT, NULL, TOFF(rank),
	    "an address in two tiers' lists gets the higher rank's; the "
	    "built-in ones rank free 1, business 2, enterprise 3, vip 4; "
	    "default: above all tiers before it" },
	{ "tier", "sla_hours", CT_LEVEL_HOURS, NULL, TOFF(hours[0]),
	    "its own first response targets: LEVEL HOURS, ... e.g. "
	    "critical 0.5, high 2; levels not named keep theirs" },
	{ "tier", "reply_hours", CT_LEVEL_HOURS, NULL, TOFF(hours[1]),
	    "its own next reply targets, as sla_hours" },
	{ "tier", "resolve_hours", CT_LEVEL_HOURS, NULL, TOFF(hours[2]),
	    "its own resolution targets, as sla_hours" },
};
const size_t tier_keys_n = G_N_ELEMENTS(tier_keys);

/* [alert NAME]: a route for alerts (alert.h). */
#define ROFF(f) offsetof(struct conf_alert, f)
const struct conf_key alert_keys[] = {
	{ "alert", "channel", CT_STRING, NULL, ROFF(channel_s),
	    "webhook (JSON POST), slack, mattermost, teams, matrix, "
	    "rocketchat, mail or command (required)" },
	{ "alert", "url", CT_STRING, NULL, ROFF(url),
	    "where to POST (https://...); for matrix the homeserver" },
	{ "alert", "url_file", CT_PATH, NULL, ROFF(url_file),
	    "or: a file holding the URL (a webhook URL is a secret); not "
	    "world-readable" },
	{ "alert", "token_file", CT_PATH, NULL, ROFF(token_file),
	    "a file holding the access token (matrix; a bearer token for "
	    "webhook); not world-readable" },
	{ "alert", "room", CT_STRING, NULL, ROFF(room),
	    "the Matrix room id (!abc:example.org)" },
	{ "alert", "to", CT_STRING, NULL, ROFF(to),
	    "address to mail (channel mail)" },
	{ "alert", "command", CT_PATH, NULL, ROFF(command),
	    "program to run with the event as JSON on stdin (channel "
	    "command); exit 0 = delivered" },
	{ "alert", "ca_file", CT_PATH, NULL, ROFF(ca_file),
	    "CA certificates (PEM) to trust; default the system store" },
	{ "alert", "timeout", CT_SECONDS, "10", ROFF(timeout),
	    "seconds one attempt may take" },
	{ "alert", "events", CT_STRING, "new, escalation, incident",
	    ROFF(events_s),
	    "which events: new, raised, warning, escalation, reminder, "
	    "incident, incident_update" },
	{ "alert", "levels", CT_STRING, "critical", ROFF(levels_s),
	    "for tickets of these levels (new and raised: the level reached)" },
	{ "alert", "signals", CT_STRING, NULL, ROFF(signals_s),
	    "only tickets with one of these signals; default any" },
	{ "alert", "tiers", CT_STRING, NULL, ROFF(tiers_s),
	    "only customers of these tiers; default any" },
	{ "alert", "teams", CT_STRING, NULL, ROFF(teams_s),
	    "only tickets in these of [sla] team_folders (escalation, "
	    "reminder, warning); default any" },
	{ "alert", "languages", CT_STRING, NULL, ROFF(languages_s),
	    "only mail in these languages (en, de, fr, es, pt, it, nl); "
	    "default any" },
	{ "alert", "digest", CT_STRING, NULL, ROFF(digest_s),
	    "daily or weekly (Mondays): a summary of the day or week before "
	    "(volume, SLA, breaches, incidents, the oldest open tickets)" },
	{ "alert", "digest_at", CT_STRING, "08:00", ROFF(digest_at_s),
	    "HH:MM ([sla] timezone) the digest goes out" },
	{ "alert", "quiet_hours", CT_STRING, NULL, ROFF(quiet_s),
	    "HH:MM-HH:MM ([sla] timezone) to hold alerts until; critical "
	    "ones go at once unless quiet_critical" },
	{ "alert", "quiet_critical", CT_BOOL, "false", ROFF(quiet_critical),
	    "quiet hours hold critical alerts too" },
};
const size_t alert_keys_n = G_N_ELEMENTS(alert_keys);
