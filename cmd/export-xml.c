/* export-xml: write decision records as the land database's exchange XML. */
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "cli.h"
#include "hoso.h"
#include "record.h"
#include "schema.h"
#include "xmlout.h"
#include "units.h"

#define SCHEMA "hoso.xsd"

static const char usage[] =
    "usage: export-xml [-qhV] [-o file | -d dir] [--rejects file] [--no-validate]\n"
    "                  [--require-reviewed] [--units file] [--units-map file]\n"
    "                  [--current-units] [--schema file] [--progress[=N]]\n"
    "                  [file ...]\n";

static const char help[] =
    "Write decision records as the land database's exchange XML: one HoSoXml\n"
    "per decision in a DanhSachHoSo document, validated against the XSD.\n"
    "\n"
    "  -o, --output FILE      write the document to FILE atomically (default stdout)\n"
    "  -d, --dir DIR          write one file DIR/ID.xml per decision instead\n"
    "      --rejects FILE     write refused records with their reasons (JSON Lines)\n"
    "      --no-validate      do not validate against the XSD\n"
    "      --require-reviewed refuse records with review items\n"
    "      --units FILE       find missing commune codes by name (admin-units CSV)\n"
    "      --units-map FILE   the July 2025 commune map (commune-map CSV)\n"
    "      --current-units    map pre-July-2025 communes to today's codes\n"
    "      --schema FILE      the XSD (default: found as the manual says)\n"
    "      --progress[=N]     progress line every N records (default 10000)\n"
    "  -q, --quiet            no progress, no summary\n"
    "  -h, --help             show this help and exit\n"
    "  -V, --version          show the version and exit\n";

struct run {
	lr_schema *schema;
	lr_hoso *hoso;
	lr_xmlout *out;		/* the batch document; NULL with -d */
	const char *dir;
	int validate;
	long records, written, rejected, dups;
};

/* Refuse rec: a diagnostic, and the record with its reasons (owned) to the
 * rejects file. */
static void
reject(struct run *r, const json_t *rec, json_t *reasons)
{
	size_t n = json_array_size(reasons);

	cli_error("%s: '%s': %s%s", cli_record_where(), lr_record_id(rec),
	    json_string_value(json_array_get(reasons, 0)),
	    n > 1 ? " (and more)" : "");
	cli_reject_record(rec, reasons);
	r->rejected++;
}

/* 1 when id can name a file in the output directory. */
static int
file_safe(const char *id)
{
	return *id != '\0' && *id != '.' && strchr(id, '/') == NULL &&
	    strlen(id) < NAME_MAX - 4;
}

/* Write doc as DIR/ID.xml, a document of its own.  Returns 0, or -1 when
 * the id cannot name a file. */
static int
write_file(struct run *r, const json_t *rec, xmlDocPtr doc)
{
	char path[PATH_MAX];
	lr_xmlout *x;
	cli_out *o;
	lr_err err;

	if (!file_safe(lr_record_id(rec)))
		return -1;
	snprintf(path, sizeof(path), "%s/%s.xml", r->dir, lr_record_id(rec));
	o = cli_out_open(path, 0600);
	if ((x = lr_xmlout_new(cli_out_fp(o), NULL, &err)) == NULL ||
	    lr_xmlout_put(x, doc, &err) != 0 || lr_xmlout_end(x, &err) != 0)
		cli_fatal("'%s': %s", path, err.msg);
	cli_out_commit(o);
	return 0;
}

/* Write the HoSoXml of rec, or refuse rec. */
static void
export(struct run *r, const json_t *rec)
{
	json_t *reasons = json_array();
	xmlDocPtr doc = lr_hoso_build(r->hoso, rec, reasons);
	lr_err err;

	if (doc != NULL && r->validate &&
	    lr_schema_validate(r->schema, doc, reasons) != 0) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (doc != NULL && r->dir != NULL && write_file(r, rec, doc) != 0)
		json_array_append_new(reasons, json_string(
		    "id: not usable as a file name"));
	else if (doc != NULL && r->dir == NULL &&
	    lr_xmlout_put(r->out, doc, &err) != 0)
		cli_fatal("%s", err.msg);
	if (json_array_size(reasons) > 0)
		reject(r, rec, reasons);
	else {
		r->written++;
		json_decref(reasons);
	}
	xmlFreeDoc(doc);
}

static int
on_record(json_t *rec, void *ctx)
{
	struct run *r = ctx;

	if (json_object_get(rec, "duplicate_of") != NULL)
		r->dups++;
	else
		export(r, rec);
	json_decref(rec);
	cli_progress_tick(++r->records);
	return 0;
}

/* The XSD: --schema, else found beside the binary or installed. */
static lr_schema *
load_schema(const char *path)
{
	char found[PATH_MAX], self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	lr_schema *s;
	lr_err err;

	self[n > 0 ? n : 0] = '\0';
	if (path == NULL && lr_schema_find(SCHEMA, n > 0 ? dirname(self) : NULL,
	    LR_DATADIR, found, sizeof(found), &err) != 0)
		cli_fatal("%s", err.msg);
	if ((s = lr_schema_load(path ? path : found, &err)) == NULL)
		cli_fatal("%s", err.msg);
	return s;
}

struct opts {
	const char *output, *dir, *rejects, *schema, *units, *map;
	int flags, validate;
};

static void
parse(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "dir", required_argument, NULL, 'd' },
		{ "rejects", required_argument, NULL, 'R' },
		{ "no-validate", no_argument, NULL, 'N' },
		{ "require-reviewed", no_argument, NULL, 'r' },
		{ "units", required_argument, NULL, 'U' },
		{ "units-map", required_argument, NULL, 'M' },
		{ "current-units", no_argument, NULL, 'C' },
		{ "schema", required_argument, NULL, 'S' },
		{ "progress", optional_argument, NULL, 'P' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "o:d:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': o->output = optarg; break;
		case 'd': o->dir = optarg; break;
		case 'R': o->rejects = optarg; break;
		case 'N': o->validate = 0; break;
		case 'r': o->flags |= LR_HOSO_REQUIRE_REVIEWED; break;
		case 'U': o->units = optarg; break;
		case 'M': o->map = optarg; break;
		case 'C': o->flags |= LR_HOSO_CURRENT_UNITS; break;
		case 'S': o->schema = optarg; break;
		case 'P': cli_progress_force(optarg ? (int)cli_number(optarg,
		    "--progress", usage) : 10000); break;
		case 'q': cli_set_quiet(1); break;
		case 'h': fputs(usage, stdout); fputs(help, stdout);
			exit(cli_finish());
		case 'V': cli_version();
		default: cli_usage_error(usage);
		}
	}
	if (o->output != NULL && o->dir != NULL) {
		cli_warn("-o and -d cannot be used together");
		cli_usage_error(usage);
	}
	if ((o->flags & LR_HOSO_CURRENT_UNITS) && o->map == NULL) {
		cli_warn("--current-units needs --units-map");
		cli_usage_error(usage);
	}
}

/* The output directory, made if missing. */
static void
make_dir(const char *dir)
{
	struct stat st;

	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		cli_fatal("'%s': %s", dir, strerror(errno));
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		cli_fatal("'%s': not a directory", dir);
}

static lr_units *
load_units(const struct opts *o)
{
	lr_units *u;
	lr_err err;

	if (o->units == NULL && o->map == NULL)
		return NULL;
	if ((u = lr_units_new()) == NULL)
		cli_fatal("out of memory");
	if ((o->units != NULL && lr_units_load_list(u, o->units, &err) != 0) ||
	    (o->map != NULL && lr_units_load_map(u, o->map, &err) != 0))
		cli_fatal("%s", err.msg);
	return u;
}

int
main(int argc, char **argv)
{
	struct opts o = { .validate = 1 };
	struct run r = { 0 };
	cli_out *out = NULL, *rej = NULL;
	lr_units *units;
	lr_err err;

	cli_init("export-xml");
	LIBXML_TEST_VERSION
	parse(argc, argv, &o);
	r.schema = load_schema(o.schema);
	units = load_units(&o);
	if ((r.hoso = lr_hoso_new(r.schema, units, o.flags)) == NULL)
		cli_fatal("out of memory");
	r.validate = o.validate;
	if (o.rejects != NULL)
		cli_set_rejects(rej = cli_out_open(o.rejects, 0600));
	if ((r.dir = o.dir) != NULL)
		make_dir(o.dir);
	else if ((r.out = lr_xmlout_new(cli_out_fp(out = cli_out_open(o.output,
	    0600)), "DanhSachHoSo", &err)) == NULL)
		cli_fatal("%s", err.msg);
	cli_progress_start("records", 0);
	cli_read_records(argc - optind, argv + optind, on_record, &r);
	cli_progress_end();
	if (r.out != NULL && lr_xmlout_end(r.out, &err) != 0)
		cli_fatal("%s", err.msg);
	if (out != NULL)
		cli_out_commit(out);
	if (rej != NULL)
		cli_out_commit(rej);
	cli_note("%ld records: %ld exported, %ld rejected, %ld duplicates skipped",
	    r.records, r.written, r.rejected, r.dups);
	lr_hoso_free(r.hoso);
	lr_units_free(units);
	lr_schema_free(r.schema);
	xmlCleanupParser();
	return cli_finish();
}
