/* Unit tests for the configuration table: values, defaults, and
 * file:line:col diagnostics. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <glib.h>

#include "conf.h"
#include "diag.h"

static char *
write_conf(const char *text)
{
	char *path = g_strdup("/tmp/check_conf.XXXXXX");
	int fd = g_mkstemp(path);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (int)strlen(text));
	close(fd);
	return path;
}

/* Loads text; returns the conf (or NULL) and the diagnostics joined by
 * newlines in *diags (caller frees). */
static struct conf *
load(const char *text, char **diags)
{
	char *path = write_conf(text);
	struct diag *d = diag_new();
	struct conf *c = NULL;
	GString *s = g_string_new(NULL);

	conf_load(path, d, &c);
	for (size_t i = 0; i < diag_len(d); i++) {
		const char *t = diag_text(d, i);
		/* Drop the temp path: "PATH:line:col: ..." -> ":line:col: ..." */
		g_string_append_printf(s, "%s\n", t + strlen(path));
	}
	*diags = g_string_free(s, FALSE);
	diag_free(&d);
	unlink(path);
	g_free(path);
	return c;
}

START_TEST(test_defaults)
{
	struct diag *d = diag_new();
	struct conf *c = NULL;

	g_setenv("MAILDIR", "/srv/mail/support", TRUE);
	ck_assert_int_eq(conf_load(NULL, d, &c), 0);
	ck_assert_str_eq(c->maildir, "/srv/mail/support");
	ck_assert_str_eq(c->ledger, "/srv/mail/support/mailtriage.db");
	ck_assert_int_eq(c->signal_level[SIG_SAFETY], LEVEL_CRITICAL);
	ck_assert_int_eq(c->signal_level[SIG_OUTAGE], LEVEL_HIGH);
	ck_assert_int_eq(c->signal_level[SIG_PAYMENT], LEVEL_MEDIUM);
	ck_assert_int_eq(c->signal_level[SIG_ACCOUNT], LEVEL_MEDIUM);
	ck_assert_int_eq(c->none_level, LEVEL_LOW);
	ck_assert_str_eq(c->level[LEVEL_CRITICAL].folder, "Triage.Critical");
	ck_assert_str_eq(c->level[LEVEL_LOW].folder, "Triage.Low");
	ck_assert(c->level[LEVEL_HIGH].sla_hours == 4);
	ck_assert_str_eq(c->error_folder, "");
	ck_assert_uint_eq(c->naccounts, 0);
	/* context modifiers and the business week */
	ck_assert_int_eq(c->mod.impact, 1);
	ck_assert_int_eq(c->tiers[TIER_VIP].modifier, 1);
	ck_assert_int_eq(c->tiers[TIER_FREE].modifier, 0);
	ck_assert_uint_eq(c->ntiers, TIER_COUNT);
	ck_assert_str_eq(conf_tier_name(c, TIER_ENTERPRISE), "enterprise");
	ck_assert_str_eq(conf_tier_name(c, 0), "none");
	ck_assert_int_eq(conf_tier_parse(c, "vip"), TIER_VIP);
	ck_assert_int_eq(conf_tier_parse(c, "platinum"), 0);
	ck_assert_int_eq(c->mod.max_raise, 2);
	ck_assert_int_eq(c->mod.critical_by_modifiers, 0);
	ck_assert_int_eq(c->schedule.open[1], 9 * 60);	/* Monday */
	ck_assert_int_eq(c->schedule.close[5], 17 * 60);	/* Friday */
	ck_assert_int_eq(c->schedule.open[0], c->schedule.close[0]); /* Sun */
	ck_assert_str_eq(c->tier_header, "X-Customer-Tier");
	ck_assert_int_eq(c->trust_tier_header, 0);
	/* --maildir moves the default ledger along */
	conf_set_maildir(c, "/var/mail/x");
	ck_assert_str_eq(c->ledger, "/var/mail/x/mailtriage.db");
	conf_free(&c);
	ck_assert_ptr_null(c);
	diag_free(&d);
	g_unsetenv("MAILDIR");
}
END_TEST

START_TEST(test_values)
{
	char *diags;
	struct conf *c = load(
	    "# comment\n"
	    "[general]\n"
	    "maildir = /srv/md\n"
	    "ledger = /var/lib/mt/ledger.db\n"
	    "error_folder = Triage.Errors\n"
	    "[priority]\n"
	    "account = high\n"
	    "none = medium\n"
	    "[high]\n"
	    "folder = Support.Urgent\n"
	    "sla_hours = 0.5\n"
	    "[limits]\n"
	    "match_limit = 5000\n"
	    "[sla]\n"
	    "timezone = Europe/Berlin\n"
	    "schedule = Mon-Thu 08:30-17:00, Fri 08:30-13:00, Sat 10:00-12:00\n"
	    "[modifiers]\n"
	    "free = -1\n", &diags);

	ck_assert_str_eq(diags, "");
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(c->maildir, "/srv/md");
	ck_assert_str_eq(c->ledger, "/var/lib/mt/ledger.db");
	/* an explicit ledger does not follow --maildir */
	conf_set_maildir(c, "/elsewhere");
	ck_assert_str_eq(c->ledger, "/var/lib/mt/ledger.db");
	ck_assert_str_eq(c->error_folder, "Triage.Errors");
	ck_assert_int_eq(c->signal_level[SIG_ACCOUNT], LEVEL_HIGH);
	ck_assert_int_eq(c->none_level, LEVEL_MEDIUM);
	ck_assert_str_eq(c->level[LEVEL_HIGH].folder, "Support.Urgent");
	ck_assert(c->level[LEVEL_HIGH].sla_hours == 0.5);
	ck_assert_uint_eq(c->match_limit, 5000);
	ck_assert_str_eq(c->timezone, "Europe/Berlin");
	ck_assert_int_eq(c->schedule.open[4], 8 * 60 + 30);	/* Thursday */
	ck_assert_int_eq(c->schedule.close[5], 13 * 60);	/* Friday */
	ck_assert_int_eq(c->schedule.open[6], 10 * 60);		/* Saturday */
	ck_assert_int_eq(c->schedule.open[0], c->schedule.close[0]);
	ck_assert_int_eq(c->tiers[TIER_FREE].modifier, -1);
	conf_free(&c);
	g_free(diags);
}
END_TEST

/* Bad input and the exact diagnostics (path stripped). */
static const struct {
	const char *text;
	const char *diags;
} bad[] = {
	{ "[priority]\noutage = urgent\n",
	  ":2:10: error: priority.outage: unknown level \"urgent\": use "
	  "critical, high, medium or low\n" },
	{ "[general]\nmaildirr = /x\n",
	  ":2:1: error: unknown key \"maildirr\" in [general]\n" },
	{ "[genral]\n",
	  ":1:2: error: unknown group [genral] (groups: general, filters, "
	  "priority, critical, high, medium, low, modifiers, tiers, sla, "
	  "limits, auto, ack, incidents, metrics, account NAME, tier NAME, "
	  "alert NAME)\n" },
	{ "[metrics]\nlisten = 0.0.0.0:9187\n",
	  ":2:10: error: metrics.listen: 0.0.0.0 is not a loopback address: "
	  "set allow_remote = true to serve the metrics beyond this machine\n" },
	{ "[metrics]\nlisten = 127.0.0.1\n",
	  ":2:10: error: metrics.listen: \"127.0.0.1\": write HOST:PORT, e.g. "
	  "127.0.0.1:9187 or [::1]:9187\n" },
	{ "[metrics]\nlisten = 127.0.0.1:99999\n",
	  ":2:10: error: metrics.listen: \"127.0.0.1:99999\": the port must "
	  "be 1-65535\n" },
	{ "[tier Gold]\nmodifier = 1\n",
	  ":1:1: error: [tier Gold]: a tier name is lower-case letters, "
	  "digits, - and _ (not \"none\")\n" },
	{ "[tier gold]\nsla_hours = urgent 2\n",
	  ":2:13: error: [tier gold] sla_hours: bad entry \"urgent 2\": "
	  "write LEVEL HOURS, e.g. critical 0.5, high 2\n" },
	{ "[tier gold]\nresolve_hours = high 0\n",
	  ":2:17: error: [tier gold] resolve_hours: bad hours in \"high 0\": "
	  "use a positive number such as 4 or 0.5\n" },
	{ "[alert chat]\nurl = https://x.example/hook\n",
	  ":1:1: error: [alert chat] needs channel = webhook, slack, "
	  "mattermost, teams, matrix, rocketchat, mail or command\n" },
	{ "[alert chat]\nchannel = slack\n",
	  ":1:1: error: [alert chat] channel slack needs exactly one of url "
	  "and url_file\n" },
	{ "[alert chat]\nchannel = slack\nurl = http://chat.example/hook\n",
	  ":1:1: error: [alert chat] url \"http://chat.example/hook\": use "
	  "https:// (http:// only to 127.0.0.1 or localhost)\n" },
	{ "[alert chat]\nchannel = teams\nurl = https://x/y\n"
	  "events = new, boom\nlevels = urgent\n",
	  ":1:1: error: [alert chat] events: unknown event \"boom\": use new, "
	  "raised, warning, escalation, reminder, incident, incident_update\n"
	  ":1:1: error: [alert chat] levels: unknown level \"urgent\": use "
	  "critical, high, medium, low\n" },
	{ "[alert a]\nchannel = slack\nurl = http://localhost.evil.example/x\n",
	  ":1:1: error: [alert a] url \"http://localhost.evil.example/x\": use "
	  "https:// (http:// only to 127.0.0.1 or localhost)\n" },
	{ "[alert a]\nchannel = slack\nurl = http://127.0.0.1@evil.example/x\n",
	  ":1:1: error: [alert a] url \"http://127.0.0.1@evil.example/x\": use "
	  "https:// (http:// only to 127.0.0.1 or localhost)\n" },
	{ "[alert a]\nchannel = mail\nto = x@y.example\n[alert  a ]\n"
	  "channel = mail\nto = z@y.example\nquiet_hours = 22:00-24:59\n",
	  ":4:1: error: [alert  a ]: a second route of that name: give each "
	  "its own\n"
	  ":4:1: error: [alert  a ] quiet_hours \"22:00-24:59\": write "
	  "HH:MM-HH:MM, e.g. 22:00-07:00\n" },
	{ "[alert m]\nchannel = matrix\nurl = https://m.example\n",
	  ":1:1: error: [alert m] channel matrix needs url (the homeserver), "
	  "room and token_file\n" },
	{ "[alert p]\nchannel = mail\nto = a@b.example\n"
	  "quiet_hours = 25:00-07:00\ntiers = gold\n",
	  ":1:1: error: [alert p] tiers: unknown tier \"gold\"\n"
	  ":1:1: error: [alert p] quiet_hours \"25:00-07:00\": write "
	  "HH:MM-HH:MM, e.g. 22:00-07:00\n" },
	{ "[tier gold]\ncolour = yes\n",
	  ":2:1: error: unknown key \"colour\" in [tier gold]\n" },
	{ "[sla]\nschedule = Mon-Fri 9-17\n",
	  ":2:12: error: sla.schedule: bad schedule entry \"Mon-Fri 9-17\": "
	  "write DAYS HH:MM-HH:MM, e.g. Mon-Fri 09:00-17:00\n" },
	{ "[sla]\nschedule = Mon-Fri 18:00-09:00\n",
	  ":2:12: error: sla.schedule: bad schedule entry \"Mon-Fri "
	  "18:00-09:00\": days are Mon..Sun, times 00:00-24:00 with open "
	  "before close\n" },
	{ "[sla]\ntimezone = Mars/Olympus\n",
	  ":2:12: error: sla.timezone: unknown time zone \"Mars/Olympus\": "
	  "use a name like Europe/Berlin\n" },
	{ "[modifiers]\nimpact = 5\n",
	  ":2:10: error: modifiers.impact: bad number of levels \"5\": use a "
	  "whole number from -3 to 3\n" },
	{ "[modifiers]\nshout_ratio = 1.5\n",
	  ":2:15: error: modifiers.shout_ratio: bad ratio \"1.5\": use a "
	  "number above 0 and at most 1, e.g. 0.6\n" },
	{ "maildir = /x\n",
	  ":1:1: error: key \"maildir\" before any [group]\n" },
	{ "[general]\njust words\n",
	  ":2:1: error: expected key = value\n" },
	{ "[general\n", ":1:1: error: bad group line: write [name]\n" },
	{ "[high]\n  sla_hours = -3\n",
	  ":2:15: error: high.sla_hours: bad number of hours \"-3\": use a "
	  "positive number such as 4 or 0.5\n" },
	{ "[low]\nfolder = ../etc\n",
	  ":2:10: error: low.folder: bad folder name \"../etc\": use "
	  "dot-separated names like Triage.High, no '/'\n" },
	{ "[limits]\nmatch_limit = lots\n",
	  ":2:15: error: limits.match_limit: bad number \"lots\": use a "
	  "positive whole number\n" },
	/* every problem is reported, not just the first */
	{ "[priority]\nsafety = red\n[medium]\nsla_hours = x\n",
	  ":2:10: error: priority.safety: unknown level \"red\": use "
	  "critical, high, medium or low\n"
	  ":4:13: error: medium.sla_hours: bad number of hours \"x\": use "
	  "a positive number such as 4 or 0.5\n" },
	{ "[account support]\nhost = imap.example.com\n",
	  ":1:1: error: [account support] needs host and user\n"
	  ":1:1: error: [account support] needs exactly one of "
	  "password_file and password_env\n" },
	{ "[account a]\nhost = h\nuser = u\npassword_env = P\ntls = none\n",
	  ":1:1: error: [account a] tls = none sends the password in clear: "
	  "set allow_plaintext = true to allow it (e.g. for 127.0.0.1)\n" },
	{ "[account a]\nhost = h\nuser = u\npassword_env = P\nport = 70000\n",
	  ":5:8: error: [account a] port: bad port \"70000\": use 1 to "
	  "65535\n" },
	/* OAuth: exactly one of token_command and token_file, no password */
	{ "[account a]\nhost = h\nuser = u\nauth = kerberos\npassword_env = P\n",
	  ":4:8: error: [account a] auth: bad auth \"kerberos\": use password, "
	  "xoauth2 or oauthbearer\n" },
	{ "[account a]\nhost = h\nuser = u\nauth = xoauth2\n",
	  ":1:1: error: [account a] auth = xoauth2 or oauthbearer needs "
	  "exactly one of token_command and token_file\n" },
	{ "[account a]\nhost = h\nuser = u\nauth = oauthbearer\n"
	  "token_command = t\ntoken_file = /f\n",
	  ":6:14: error: [account a] auth = xoauth2 or oauthbearer needs "
	  "exactly one of token_command and token_file\n" },
	{ "[account a]\nhost = h\nuser = u\nauth = xoauth2\n"
	  "token_file = /f\npassword_file = /p\n",
	  ":6:17: error: [account a] password_file: auth = xoauth2 logs in "
	  "with an access token (token_command or token_file), not a "
	  "password\n" },
	{ "[account a]\nhost = h\nuser = u\npassword_env = P\n"
	  "token_command = get-token\n",
	  ":5:17: error: [account a] token_command is for auth = xoauth2 or "
	  "oauthbearer (auth is password)\n" },
	{ "[account a]\nhost = h\nuser = u\nauth = oauthbearer\n"
	  "token_command = t\ntls = none\n",
	  ":1:1: error: [account a] tls = none sends the access token in "
	  "clear: set allow_plaintext = true to allow it (e.g. for "
	  "127.0.0.1)\n" },
	{ "[account a]\nhost = h\nuser = u\npassword_env = P\n"
	  "token_timeout = 0\n",
	  ":5:17: error: [account a] token_timeout: bad number of seconds "
	  "\"0\": use a positive number such as 4 or 0.5\n" },
};

/* [tier NAME]: a tier of its own, and a built-in one's targets. */
START_TEST(test_tiers)
{
	char *diags;
	struct conf *c = load(
	    "[tiers]\nvip = /etc/vip.list\n"
	    "[modifiers]\nvip = 2\n"
	    "[tier platinum]\n"
	    "list = /etc/platinum.list\n"
	    "modifier = 3\n"
	    "sla_hours = critical 0.5, high 2\n"
	    "resolve_hours = critical 2\n"
	    "[tier vip]\n"
	    "reply_hours = high 1\n"
	    "[tier trial]\n"
	    "modifier = -1\n"
	    "rank = 1\n", &diags);

	ck_assert_msg(c != NULL, "%s", diags);
	ck_assert_uint_eq(c->ntiers, TIER_COUNT + 2);
	int p = conf_tier_parse(c, "platinum"), t = conf_tier_parse(c, "trial");
	ck_assert_int_eq(p, TIER_COUNT);
	ck_assert_str_eq(c->tiers[p].list, "/etc/platinum.list");
	ck_assert_int_eq(c->tiers[p].modifier, 3);
	ck_assert(c->tiers[p].hours[0][LEVEL_CRITICAL] == 0.5);
	ck_assert(c->tiers[p].hours[0][LEVEL_HIGH] == 2);
	ck_assert(c->tiers[p].hours[0][LEVEL_LOW] == 0);
	ck_assert(c->tiers[p].hours[2][LEVEL_CRITICAL] == 2);
	ck_assert_uint_gt(c->tiers[p].rank, c->tiers[TIER_VIP].rank);
	/* the built-in vip keeps its list and modifier, gains a target */
	ck_assert_str_eq(c->tiers[TIER_VIP].list, "/etc/vip.list");
	ck_assert_int_eq(c->tiers[TIER_VIP].modifier, 2);
	ck_assert(c->tiers[TIER_VIP].hours[1][LEVEL_HIGH] == 1);
	ck_assert_uint_eq(c->tiers[t].rank, 1);
	ck_assert_int_eq(c->tiers[t].modifier, -1);
	conf_free(&c);
	g_free(diags);
}
END_TEST

/* [alert NAME] routes: channel, filters, quiet hours. */
START_TEST(test_alerts)
{
	char *diags;
	struct conf *c = load(
	    "[tier gold]\nmodifier = 1\n"
	    "[alert oncall]\n"
	    "channel = slack\n"
	    "url_file = /etc/mailtriage/slack.url\n"
	    "events = new, escalation, warning\n"
	    "levels = critical, high\n"
	    "signals = safety, outage\n"
	    "tiers = gold, vip\n"
	    "languages = de, fr\n"
	    "quiet_hours = 22:00-07:00\n"
	    "[alert leads]\n"
	    "channel = mail\n"
	    "to = leads@example.com\n", &diags);

	ck_assert_msg(c != NULL, "%s", diags);
	ck_assert_uint_eq(c->nalerts, 2);
	const struct conf_alert *r = &c->alerts[0];
	ck_assert_str_eq(r->name, "oncall");
	ck_assert_int_eq(r->channel, CHANNEL_SLACK);
	ck_assert_uint_eq(r->events, (1u << 0) | (1u << 2) | (1u << 3));
	ck_assert_uint_eq(r->levels, (1u << LEVEL_CRITICAL) |
	    (1u << LEVEL_HIGH));
	ck_assert_uint_eq(r->signals, (1u << SIG_SAFETY) | (1u << SIG_OUTAGE));
	ck_assert_int_eq(r->quiet_from, 22 * 60);
	ck_assert_int_eq(r->quiet_to, 7 * 60);
	ck_assert(r->timeout == 10);
	r = &c->alerts[1];
	ck_assert_int_eq(r->channel, CHANNEL_MAIL);
	/* defaults: new tickets, escalations, incidents; critical only */
	ck_assert_uint_eq(r->events, (1u << 0) | (1u << 3) | (1u << 5));
	ck_assert_uint_eq(r->levels, 1u << LEVEL_CRITICAL);
	ck_assert_int_eq(r->quiet_from, -1);
	ck_assert(c->warn_at == 0.75);
	conf_free(&c);
	g_free(diags);
}
END_TEST

START_TEST(test_bad)
{
	char *diags;
	struct conf *c = load(bad[_i].text, &diags);

	ck_assert_ptr_null(c);
	ck_assert_str_eq(diags, bad[_i].diags);
	g_free(diags);
}
END_TEST

START_TEST(test_accounts)
{
	char *diags;
	struct conf *c = load(
	    "[account support]\n"
	    "host = imap.example.com\n"
	    "user = support\n"
	    "password_file = /etc/mailtriage/support.pass\n"
	    "[account local]\n"
	    "host = 127.0.0.1\n"
	    "port = 10143\n"
	    "tls = none\n"
	    "allow_plaintext = yes\n"
	    "user = test\n"
	    "password_env = MT_PASS\n"
	    "mode = tag\n"
	    "idle = false\n"
	    "[account m365]\n"
	    "host = outlook.office365.com\n"
	    "user = support@example.com\n"
	    "auth = xoauth2\n"
	    "token_command = mailtriage-oauth2-token /etc/m365.conf\n", &diags);

	ck_assert_str_eq(diags, "");
	ck_assert_uint_eq(c->naccounts, 3);
	ck_assert_str_eq(c->accounts[0].name, "support");
	ck_assert_int_eq(c->accounts[0].auth, CONF_AUTH_PASSWORD);
	ck_assert_uint_eq(c->accounts[0].port, 993);
	ck_assert_int_eq(c->accounts[0].tls, CONF_TLS_IMAPS);
	ck_assert_int_eq(c->accounts[0].verify_cert, 1);
	ck_assert_int_eq(c->accounts[0].move, 1);
	ck_assert_int_eq(c->accounts[0].idle, 1);
	ck_assert_str_eq(c->accounts[0].folder, "INBOX");
	ck_assert_str_eq(c->accounts[0].folder_prefix, "Triage");
	ck_assert_str_eq(c->accounts[0].keyword_prefix, "$Triage_");
	ck_assert_ptr_null(c->accounts[0].ca_file);
	ck_assert_str_eq(c->accounts[1].name, "local");
	ck_assert_uint_eq(c->accounts[1].port, 10143);
	ck_assert_int_eq(c->accounts[1].tls, CONF_TLS_NONE);
	ck_assert_int_eq(c->accounts[1].move, 0);
	ck_assert_int_eq(c->accounts[1].idle, 0);
	ck_assert_str_eq(c->accounts[1].password_env, "MT_PASS");
	ck_assert_int_eq(c->accounts[2].auth, CONF_AUTH_XOAUTH2);
	ck_assert_str_eq(c->accounts[2].token_command,
	    "mailtriage-oauth2-token /etc/m365.conf");
	ck_assert_ptr_null(c->accounts[2].token_file);
	ck_assert(c->accounts[2].token_timeout == 30);
	conf_free(&c);
	g_free(diags);
}
END_TEST

START_TEST(test_missing_file)
{
	struct diag *d = diag_new();
	struct conf *c = NULL;

	ck_assert_int_eq(conf_load("/nonexistent/mt.conf", d, &c), -1);
	ck_assert_ptr_null(c);
	ck_assert_uint_eq(diag_count(d, DIAG_ERROR), 1);
	ck_assert(strstr(diag_text(d, 0), "/nonexistent/mt.conf: error: ")
	    == diag_text(d, 0));
	diag_free(&d);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("conf");
	TCase *tc = tcase_create("conf");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_values);
	tcase_add_test(tc, test_tiers);
	tcase_add_test(tc, test_alerts);
	tcase_add_loop_test(tc, test_bad, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_test(tc, test_accounts);
	tcase_add_test(tc, test_missing_file);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
