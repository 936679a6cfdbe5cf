/* Subcommands as data: each cmd-*.c exports one struct cmd_entry. */
#ifndef CMD_H
#define CMD_H

struct cmd_entry {
	const char *name;
	const char *args;	/* "[-c FILE] [--maildir DIR]" */
	const char *summary;	/* one line for --help */
	int (*exec)(int argc, char **argv);	/* returns a sysexits code */
};

extern const struct cmd_entry cmd_deliver_entry;
extern const struct cmd_entry cmd_filter_entry;

#endif
