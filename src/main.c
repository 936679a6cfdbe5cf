/* mailtriage: the table of subcommands and the sysexits edge. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"
#include "log.h"
#include "msg.h"
#include "mt.h"

/* poll and the IMAP client (libetpan, GnuTLS and their libraries) are
 * the module mailtriage-poll.so, loaded by this command only, so that
 * the others (deliver above all, a process per message) start without
 * them. */
static const struct cmd_entry cmd_poll_entry = {
	"poll", NULL, "Watch the configured IMAP folders: classify new mail, "
	"set $Triage_* keywords and move it into the priority folders.",
	0, 0, NULL, NULL, NULL, NULL,
};

static const struct cmd_entry *const cmd_table[] = {
	&cmd_deliver_entry,
	&cmd_filter_entry,
	&cmd_list_entry,
	&cmd_sla_entry,
	&cmd_scan_entry,
	&cmd_poll_entry,
	&cmd_lmtpd_entry,
	&cmd_check_entry,
	&cmd_explain_entry,
	&cmd_test_filters_entry,
	&cmd_report_entry,
	&cmd_alerts_entry,
	&cmd_incidents_entry,
	&cmd_incident_entry,
	&cmd_status_entry,
};
#define NCMDS (sizeof(cmd_table) / sizeof(cmd_table[0]))

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: mailtriage COMMAND [OPTIONS]\n\ncommands:\n");
	for (size_t i = 0; i < NCMDS; i++)
		fprintf(fp, "  %-12s %s\n", cmd_table[i]->name,
		    cmd_table[i]->summary);
	fprintf(fp, "\n'mailtriage COMMAND --help' shows a command's "
	    "options.\n");
}

int
main(int argc, char **argv)
{
	int rc;

	if (argc < 2) {
		usage(stderr);
		return EX_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
#ifdef MT_TEST_HOOKS
		printf("mailtriage %s (test hooks)\n", MT_VERSION);
#else
		printf("mailtriage %s\n", MT_VERSION);
#endif
		return 0;
	}
	/* A reader that goes away must not kill us mid-delivery. */
	signal(SIGPIPE, SIG_IGN);
	for (size_t i = 0; i < NCMDS; i++) {
		if (strcmp(argv[1], cmd_table[i]->name) != 0)
			continue;
		log_init("mailtriage", 1, LOG_LVL_INFO);
		msg_init();
		rc = cmd_run(cmd_table[i], argc - 1, argv + 1);
		msg_shutdown();
		return rc;
	}
	fprintf(stderr, "mailtriage: unknown command \"%s\"\n", argv[1]);
	usage(stderr);
	/* "mailtriage -c FILE deliver" from an MTA: a usage error would
	 * bounce the mail; defer it until the command line is fixed. */
	for (int i = 2; i < argc; i++)
		if (strcmp(argv[i], "deliver") == 0) {
			fprintf(stderr, "mailtriage: the command comes first "
			    "(mailtriage deliver -c FILE ...); message "
			    "deferred\n");
			return EX_TEMPFAIL;
		}
	return EX_USAGE;
}
