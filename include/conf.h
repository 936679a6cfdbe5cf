/* Configuration: a GKeyFile (conf/mailtriage.conf), every key in one
 * table with its type, default and help. Missing file = built-in defaults. */
#ifndef CONF_H
#define CONF_H

#include <stddef.h>
#include <stdio.h>
#include "mt.h"

struct diag;

struct conf_level {
	char *folder;		/* Maildir++ folder, e.g. "Triage.High" */
	double sla_hours;	/* first response target */
	double reply_hours;	/* next reply target; 0: sla_hours */
	double resolve_hours;	/* resolution target */
	int business_hours;	/* the targets count only business hours */
	double remind_hours;	/* 0: [sla] remind_hours */
};

/* How far each piece of context moves the priority, in levels. */
struct conf_modifiers {
	int impact;		/* business impact (the impact filters) */
	int urgency;		/* money urgently needed, cannot pay */
	int relief;		/* no hurry, just for information */
	int usable;		/* an outage worked around or only slow */
	int frustration;	/* words, shouting, !!! */
	int repeat;		/* the Nth contact within the window */
	int howto;		/* a how-to question (not for safety) */
	int tier[TIER_COUNT];	/* per customer tier (may be negative) */
	int max_raise;		/* all modifiers together */
	int critical_by_modifiers; /* may modifiers alone reach critical? */
	unsigned long repeat_count;
	double repeat_window_hours;
	double thread_window_hours; /* subject-based follow-up matching */
	double shout_ratio;	/* share of capitals that counts as shouting */
	unsigned long shout_min_letters;
	unsigned long bang_run;	/* this many '!' in a row */
};

/* The business week for SLA targets in business hours: per weekday
 * (0 = Sunday) the open and close minute of the day; open == close:
 * closed all day. */
struct conf_schedule {
	int open[7];
	int close[7];
};

enum conf_tls { CONF_TLS_IMAPS, CONF_TLS_STARTTLS, CONF_TLS_NONE };
/* How poll logs in: LOGIN with a password, or SASL with an OAuth 2.0
 * access token (XOAUTH2, or OAUTHBEARER of RFC 7628). */
enum conf_auth { CONF_AUTH_PASSWORD, CONF_AUTH_XOAUTH2,
    CONF_AUTH_OAUTHBEARER };

/* A customer tier: the four built in (free, business, enterprise, vip;
 * [tiers] and [modifiers] keys) and any [tier NAME] group, which may
 * also give a built-in one its own targets. */
#define CONF_TIER_MAX 32
struct conf_tier {
	char *name;		/* "vip", "platinum"; index 0: "none" */
	char *list;		/* list file of addresses and domains */
	int modifier;		/* levels it moves the priority */
	unsigned long rank;	/* an address listed twice: the higher */
	/* Its own targets in hours per level, 0: the level's:
	 * [0] first response, [1] next reply, [2] resolution. */
	double hours[3][LEVEL_COUNT];
};

/* An IMAP account to poll: one [account NAME] group. */
struct conf_account {
	char *name;		/* from the group name */
	char *host;
	unsigned long port;	/* 0: 993 for imaps, else 143 */
	enum conf_tls tls;
	char *user;
	enum conf_auth auth;
	char *password_file;	/* must not be world-readable */
	char *password_env;	/* or: the environment variable holding it */
	char *token_command;	/* OAuth: prints the access token (sh -c) */
	char *token_file;	/* or: a file holding it, not world-readable */
	double token_timeout;	/* seconds token_command may take */
	char *ca_file;		/* NULL: the system trust store */
	int verify_cert;	/* default on; off only when said so */
	int allow_plaintext;	/* LOGIN without TLS (e.g. to 127.0.0.1) */
	char *folder;		/* source folder, default INBOX */
	char *folder_prefix;	/* default "Triage": Triage/Critical ... */
	char *keyword_prefix;	/* default "$Triage_": $Triage_High ... */
	char *resolved_folder;	/* NULL: folder_prefix/Resolved */
	char *pending_folder;	/* NULL: folder_prefix/Pending */
	int move;		/* mode = move (1) or tag (0, leave in place) */
	int idle;		/* use IDLE when the server has it */
	double poll_interval;	/* seconds between polls without IDLE */
	double timeout;		/* network timeout, seconds */
	double lease;		/* seconds a poller holds it (cmd-poll.c) */
};

/* Where an alert goes: one [alert NAME] group (alert.h). */
enum conf_channel { CHANNEL_WEBHOOK, CHANNEL_SLACK, CHANNEL_MATTERMOST,
    CHANNEL_TEAMS, CHANNEL_MATRIX, CHANNEL_ROCKETCHAT, CHANNEL_MAIL,
    CHANNEL_COMMAND, CHANNEL_COUNT };
struct conf_alert {
	char *name;		/* from the group name */
	char *channel_s;	/* as written */
	enum conf_channel channel;
	char *url;		/* webhook URL (or url_file: a secret) */
	char *url_file;
	char *token_file;	/* Matrix access token / bearer token */
	char *room;		/* Matrix room id */
	char *to;		/* mail */
	char *command;		/* command: event JSON on stdin */
	char *ca_file;		/* CA certificates to trust (HTTPS) */
	double timeout;		/* seconds per attempt */
	char *events_s, *levels_s, *signals_s, *tiers_s, *languages_s;
	unsigned events;	/* 1 << enum alert_event */
	unsigned levels;	/* 1 << enum mt_level */
	unsigned signals;	/* 1 << enum mt_signal; 0: any */
	char **tiers;		/* names; NULL: any */
	char *teams_s;		/* team folders; NULL: any */
	unsigned languages;	/* 1 << enum lang; 0: any */
	char *digest_s;		/* "daily", "weekly" or NULL */
	int digest;		/* 0 none, 1 daily, 7 weekly (Mondays) */
	char *digest_at_s;	/* "08:00" */
	int digest_at;		/* minute of the day */
	char *quiet_s;		/* "22:00-07:00" */
	int quiet_from, quiet_to;	/* minutes of the day; -1: none */
	int quiet_critical;	/* quiet hours hold critical alerts too */
};

struct conf {
	char *path;		/* the file read, or NULL for defaults */
	char *maildir;		/* Maildir root */
	char *ledger;		/* ledger file; default <maildir>/mailtriage.db */
	int ledger_configured;	/* the ledger path was set explicitly */
	double ledger_timeout;	/* seconds to wait for a busy ledger */
	double ledger_check;	/* hours between integrity checks */
	char *filters;		/* shipped filter directory */
	char *local_filters;	/* site filter directory, or NULL */
	char *filter_cache;	/* [filters] cache, or NULL: the default */
	char *error_folder;	/* where unclassifiable mail goes; "" = INBOX */
	char *user;		/* deliver as this user when root; NULL: the
				 * Maildir's owner */
	enum mt_level signal_level[SIG_COUNT];
	enum mt_level none_level;
	struct conf_level level[LEVEL_COUNT];
	size_t max_parse_size;	/* larger messages are delivered unparsed */
	unsigned long match_limit;
	struct conf_account *accounts;
	size_t naccounts;
	struct conf_alert *alerts;	/* routes */
	size_t nalerts;
	double warn_at;			/* [sla] warning at this share */
	struct conf_modifiers mod;
	char *tier_list[TIER_COUNT];	/* [tiers] keys, read into tiers */
	struct conf_tier tiers[CONF_TIER_MAX];	/* [0]: none */
	size_t ntiers;
	char *tier_header;		/* e.g. X-Customer-Tier */
	int trust_tier_header;		/* believe it (set by a web form) */
	char *timezone;			/* "" = the system's local zone */
	struct conf_schedule schedule;
	char *holidays_spec;		/* [sla] holidays as written */
	struct holidays *holidays;	/* closed all day (holiday.h) */
	char *resolved_folder;		/* agents move resolved mail here */
	char *pending_folder;		/* waiting on the customer: paused */
	char *notify_to;		/* escalation mail; NULL: none */
	char *notify_from;
	char *sendmail;			/* the sendmail program */
	char *escalations_folder;	/* copies of notifications; NULL: none */
	double remind_hours;		/* reminder interval once escalated */
	char *agents;			/* the team's addresses/domains, or NULL */
	char *agent_folder;		/* where their replies are filed */
	char *team_folders;		/* "Support.Billing, ...", or NULL */
	char *auto_folder;		/* automatic mail (auto.h) */
	int incidents;			/* group reports into incidents */
	unsigned long incident_reports;	/* from this many customers */
	unsigned long incident_window;	/* minutes between the first and last */
	unsigned long incident_shared;	/* shared rule ids + terms needed */
	int incident_raise;		/* levels its tickets are raised */
	unsigned auto_kinds;		/* 1 << enum auto_kind, recognised */
	int ack_enabled;		/* acknowledge new tickets (ack.h) */
	char *ack_from;			/* the support address */
	char *ack_templates;		/* directory of <lang>.txt */
	char *ack_tag;			/* "[#%t]" */
	char *ack_subject;		/* "%T Re: %s" */
	double ack_interval;		/* hours between two to one address */
	char *store_lmtp;		/* [store] lmtp: unix:PATH, HOST[:PORT] */
	char *store_recipient;		/* the mailbox at the LMTP server */
	int store_detail;		/* the folder as the recipient's +detail */
	char *lmtp_listen;		/* "unix:PATH HOST:PORT ...", or NULL */
	char *lmtp_maildir;		/* per-recipient pattern, or NULL */
	char *lmtp_recipients;		/* accepted addresses, @domains */
	size_t lmtp_max_size;		/* message bytes */
	unsigned long lmtp_sessions;	/* worker processes */
	double lmtp_idle_timeout;	/* seconds */
	char *metrics_listen;		/* [metrics] listen HOST:PORT; NULL off */
	int metrics_allow_remote;	/* ... on other than a loopback address */
	char *metrics_textfile;		/* node_exporter textfile, or NULL */
};

/* Reads path (NULL: built-in defaults only). Every problem goes to d as
 * file:line:col; returns 0 and *out, or -1 (nothing returned).
 * Defaults that depend on the environment: maildir = $MAILDIR, else
 * ~/Maildir; filters = the installed directory, else the source tree's.
 * Caller frees with conf_free(). */
int conf_load(const char *path, struct diag *d, struct conf **out);
void conf_free(struct conf **c);

/* A secret from a file (a password, a webhook URL, a token): its first
 * line, refused when others may read the file. what names it in errors
 * ("account support: password_file"). 0 and *out (wipe and free it),
 * or -1 with *err. Never logs the secret. */
int conf_read_secret(const char *path, const char *what, char **out,
    char **err);
/* Wipes and frees a secret (a password, a token); sets *s to NULL.
 * NULL-safe. */
void conf_secret_free(char **s);

/* Whether an alert may go to URL u: https://, or http:// to this machine
 * only (127.0.0.1, ::1, localhost); no user info. */
int conf_url_ok(const char *u);

/* A tier's name ("none" for 0), and the index of a name (0 for NULL or
 * an unknown one). */
const char *conf_tier_name(const struct conf *c, int tier);
int conf_tier_parse(const struct conf *c, const char *name);

/* [metrics] listen: "HOST:PORT", HOST an IPv4 address, [IPv6] or
 * localhost (names are not looked up). 0 with *addr (the address,
 * caller frees), *port and *loopback; or -1 with *msg (caller frees). */
int conf_listen_parse(const char *spec, char **addr, unsigned *port,
    int *loopback, char **msg);

/* Sets maildir (and the ledger default that follows it, unless the
 * ledger was configured explicitly). */
void conf_set_maildir(struct conf *c, const char *maildir);
/* Where a file that goes beside the ledger goes, suffix appended: beside
 * a SQLite ledger; for a ledger on a server (shared by hosts), in the
 * Maildir as mailtriage-HOST. Caller frees. */
char *conf_beside_ledger(const struct conf *c, const char *suffix);
/* The compiled-pattern cache file ([filters] cache; default beside the
 * ledger, "<ledger>.rxcache"), or NULL when "none". Caller frees. */
char *conf_filter_cache(const struct conf *c);
void conf_set_filters(struct conf *c, const char *dir);

/* Whether addr (lower-case) is one of the support team's ([sla] agents:
 * "user@example.com", "example.com" or "*.example.com", comma- or
 * blank-separated). */
int conf_is_agent(const struct conf *c, const char *addr);
/* The [sla] team_folders that are valid folder names (NULL-terminated;
 * caller frees with g_strfreev); *bad (may be NULL) points at the first
 * one that is not, in c->team_folders, or is NULL. */
char **conf_team_folders(const struct conf *c, const char **bad);
/* The folders deliver files into, i from 0 to CONF_DELIVERY_FOLDERS - 1:
 * each level's, the error folder, the automatic-mail folder (may be
 * NULL). */
#define CONF_DELIVERY_FOLDERS (LEVEL_COUNT + 2)
const char *conf_delivery_folder(const struct conf *c, int i);
/* Whether folder is one of the team folders. */
int conf_is_team_folder(const struct conf *c, const char *folder);

/* The config file used when -c is not given: the system one if it
 * exists, else NULL. */
const char *conf_default_path(void);

/* Writes the key table as an annotated example config. */


#endif
