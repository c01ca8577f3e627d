/* Front-end helpers: finding TIFF files and grouping them into documents. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "util/util.h"

void
cli_list_add(cli_list *l, const char *s)
{
	if (lr_reserve(&l->v, &l->cap, l->n, sizeof(*l->v), 64) != 0)
		cli_fatal("out of memory");
	if ((l->v[l->n++] = strdup(s)) == NULL)
		cli_fatal("out of memory");
}

void
cli_list_free(cli_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static int
is_tiff_name(const char *name)
{
	static const char *ext[] = { ".tif", ".tiff", ".pdf", ".jpg", ".jpeg",
	    ".png" };
	const char *dot = strrchr(name, '.');

	for (size_t i = 0; dot != NULL && i < sizeof(ext) / sizeof(ext[0]); i++)
		if (strcasecmp(dot, ext[i]) == 0)
			return 1;
	return 0;
}

static int
bytecmp(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static void add_path(const char *path, int named, cli_list *out);

static void
add_dir(const char *dir, cli_list *out)
{
	struct dirent **ents;
	int n = scandir(dir, &ents, NULL, bytecmp);
	char *p;

	if (n < 0) {
		cli_error("'%s': %s", dir, strerror(errno));
		return;
	}
	for (int i = 0; i < n; i++) {
		const char *name = ents[i]->d_name;
		if (strcmp(name, ".") != 0 && strcmp(name, "..") != 0 &&
		    asprintf(&p, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ?
		    "" : "/", name) >= 0) {
			add_path(p, 0, out);
			free(p);
		}
		free(ents[i]);
	}
	free(ents);
}

/* A named operand is taken whatever its name; found files must be TIFFs. */
static void
add_path(const char *path, int named, cli_list *out)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		if (named || lstat(path, &st) == 0)
			cli_error("'%s': %s", path, strerror(errno));
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		if (named || (lstat(path, &st) == 0 && !S_ISLNK(st.st_mode)))
			add_dir(path, out);
	} else if (named || is_tiff_name(path)) {
		cli_list_add(out, path);
	}
}

static void
paths_from_stdin(cli_list *out)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	while ((n = getline(&line, &cap, stdin)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n > 0)
			add_path(line, 1, out);
	}
	free(line);
}

void
cli_tiff_paths(int argc, char **argv, cli_list *out)
{
	if (argc == 0)
		paths_from_stdin(out);
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0)
			paths_from_stdin(out);
		else
			add_path(argv[i], 1, out);
	}
}

/* A path with its group key (directory and stem) and page number. */
struct ent {
	const char *path;
	char *key;		/* group key; the id is its last component */
	long num;		/* page number in the group; -1: alone */
	size_t first;		/* index of the first path with this key */
	size_t idx;
};

/* Split "dir/QD-1_2.tif" into key "dir/QD-1" and num 2 when grouping. */
static void
split_name(struct ent *e, int group)
{
	const char *base = strrchr(e->path, '/'), *dot;
	char *k, *end;
	size_t n;

	base = base ? base + 1 : e->path;
	dot = strrchr(base, '.');
	n = dot && dot != base ? (size_t)(dot - e->path) : strlen(e->path);
	if ((k = e->key = strndup(e->path, n)) == NULL)
		cli_fatal("out of memory");
	e->num = -1;
	end = k + n;
	while (group && end > k + (base - e->path) && isdigit((unsigned char)end[-1]))
		end--;
	if (group && end < k + n && end - 1 > k + (base - e->path) &&
	    (end[-1] == '_' || end[-1] == '-')) {
		e->num = strtol(end, NULL, 10);
		end[-1] = '\0';
	}
}

static int
entcmp(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->num != y->num)
		return x->num < y->num ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* An id from key's last component, unique in table. */
static char *
unique_id(const char *key, struct hsearch_data *ids)
{
	const char *base = strrchr(key, '/');
	ENTRY e, *found;
	char *id = NULL;

	base = base ? base + 1 : key;
	for (int i = 1; ; i++) {
		free(id);
		if ((i == 1 ? (id = strdup(base)) == NULL :
		    asprintf(&id, "%s-%d", base, i) < 0))
			cli_fatal("out of memory");
		e.key = id;
		e.data = NULL;
		if (hsearch_r(e, FIND, &found, ids) == 0)
			break;
	}
	hsearch_r(e, ENTER, &found, ids);
	return id;
}

/* "dir/QD-1_2.tif" -> "dir/QD-1_2" in a static buffer. */
static const char *
stem_of(const char *path)
{
	static char buf[4096];
	const char *base = strrchr(path, '/'), *dot;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	snprintf(buf, sizeof(buf), "%.*s", dot && dot != base ?
	    (int)(dot - base) : (int)strlen(base), base);
	return buf;
}

/* Give each entry the index of the first entry with its key. */
static void
mark_first(struct ent *ents, size_t n)
{
	struct hsearch_data keys;
	ENTRY e, *found;

	memset(&keys, 0, sizeof(keys));
	if (!hcreate_r(n * 2 + 16, &keys))
		cli_fatal("out of memory");
	for (size_t i = 0; i < n; i++) {
		e.key = ents[i].num < 0 ? (char *)ents[i].path : ents[i].key;
		e.data = (void *)i;
		if (!hsearch_r(e, ENTER, &found, &keys))
			cli_fatal("out of memory");
		ents[i].first = (size_t)found->data;
	}
	hdestroy_r(&keys);
}

cli_doc *
cli_make_docs(const cli_list *paths, int group, size_t *ndocs)
{
	struct ent *ents = calloc(paths->n + 1, sizeof(*ents));
	cli_doc *docs = calloc(paths->n + 1, sizeof(*docs));
	struct hsearch_data ids;
	size_t nd = 0;

	memset(&ids, 0, sizeof(ids));
	if (ents == NULL || docs == NULL || !hcreate_r(paths->n * 2 + 16, &ids))
		cli_fatal("out of memory");
	for (size_t i = 0; i < paths->n; i++) {
		ents[i].path = paths->v[i];
		ents[i].idx = i;
		split_name(&ents[i], group);
	}
	mark_first(ents, paths->n);
	qsort(ents, paths->n, sizeof(*ents), entcmp);
	for (size_t i = 0; i < paths->n; i++) {
		if (i == 0 || ents[i].first != ents[i - 1].first)
			docs[nd++].id = ents[i].key;
		cli_doc *d = &docs[nd - 1];
		d->files = realloc(d->files, (d->nfiles + 1) * sizeof(char *));
		if (d->files == NULL)
			cli_fatal("out of memory");
		d->files[d->nfiles++] = (char *)ents[i].path;
	}
	for (size_t i = 0; i < nd; i++)
		docs[i].id = unique_id(docs[i].nfiles > 1 ? docs[i].id :
		    stem_of(docs[i].files[0]), &ids);
	for (size_t i = 0; i < paths->n; i++)
		free(ents[i].key);
	free(ents);
	hdestroy_r(&ids);
	*ndocs = nd;
	return docs;
}

void
cli_docs_free(cli_doc *docs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(docs[i].files);
		free(docs[i].id);
	}
	free(docs);
}
