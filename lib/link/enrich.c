/* Enrichment of matched owner records from the registry. */
#include <stdio.h>
#include <string.h>

#include "text/text.h"
#include "enrich.h"
#include "person.h"

#define SOURCE "registry"

void
lr_owner_unenrich(json_t *j)
{
	json_t *from = json_object_get(j, "from"), *v;
	const char *key;

	json_object_foreach(from, key, v)
		if (strcmp(json_string_value(v) ? json_string_value(v) : "",
		    SOURCE) == 0)
			json_object_set_new(j, key, json_null());
	json_object_del(j, "from");
}

/* Is field key of j unset (absent, null or "")? */
static int
unset(const json_t *j, const char *key)
{
	const json_t *v = json_object_get(j, key);
	const char *s = json_string_value(v);

	return v == NULL || json_is_null(v) || (s != NULL && s[0] == '\0');
}

/* Set key of j to v (stolen), from the registry. */
static int
take(json_t *j, const char *key, json_t *v)
{
	json_t *from = json_object_get(j, "from");

	if (!json_is_object(from)) {
		from = json_object();
		json_object_set_new(j, "from", from);
	}
	json_object_set_new(j, key, v);
	json_object_set_new(from, key, json_string(SOURCE));
	return 1;
}

/* Append a disagreement on field: the document's and the registry's
 * values, or none (ID numbers). */
static void
differ(json_t *disagree, const char *field, const char *doc, const char *reg)
{
	char why[160];

	if (doc != NULL)
		snprintf(why, sizeof(why), "registry says %s, document %s", reg,
		    doc);
	else
		snprintf(why, sizeof(why), "registry and document differ");
	json_array_append_new(disagree, json_pack("{s:s,s:s}", "field", field,
	    "reason", why));
}

/* The document's birth (year and ISO date) as read into a person. */
static void
doc_birth(const json_t *j, lr_person *p)
{
	const char *s = json_string_value(json_object_get(j, "birth_date"));
	json_int_t y = json_integer_value(json_object_get(j, "birth_year"));

	memset(p, 0, sizeof(*p));
	if (s == NULL || lr_person_set_birth(p, s) != 0)
		p->birth_year = y > 1880 && y < 2100 ? (int)y : 0;
	if (y > 1880 && y < 2100 && p->birth_year != (int)y)
		p->birth_year = (int)y;	/* the printed year stands */
}

static int
enrich_birth(json_t *j, const lr_entry *e, json_t *disagree)
{
	lr_person d;
	char a[16], b[16];
	int n = 0;

	doc_birth(j, &d);
	if (d.birth_year != 0 && e->birth_year != 0 &&
	    d.birth_year != e->birth_year) {
		snprintf(a, sizeof(a), "%d", d.birth_year);
		snprintf(b, sizeof(b), "%d", e->birth_year);
		differ(disagree, "birth_year", a, b);
		return 0;
	}
	if (d.birth_date[0] != '\0' && e->birth_date[0] != '\0' &&
	    strcmp(d.birth_date, e->birth_date) != 0)
		differ(disagree, "birth_date", d.birth_date, e->birth_date);
	if (unset(j, "birth_year") && d.birth_year == 0 && e->birth_year != 0)
		n += take(j, "birth_year", json_integer(e->birth_year));
	if (unset(j, "birth_date") && e->birth_date[0] != '\0')
		n += take(j, "birth_date", json_string(e->birth_date));
	return n;
}

static int
enrich_sex(json_t *j, const lr_entry *e, json_t *disagree)
{
	const char *g = json_string_value(json_object_get(j, "gender"));
	char doc[2] = { 0 }, reg[2] = { (char)e->sex, 0 };

	if (e->sex != 'M' && e->sex != 'F')
		return 0;
	if (g == NULL || g[0] == '\0')
		return take(j, "gender", json_string(reg));
	doc[0] = (char)lr_parse_sex(g);
	if (doc[0] != 0 && doc[0] != reg[0])
		differ(disagree, "gender", doc, reg);
	return 0;
}

/* The printed ID against the registry's personal or old ID. */
static void
check_id(const json_t *j, const lr_entry *e, json_t *disagree)
{
	const char *s = json_string_value(json_object_get(j, "id_number"));
	const char *type = json_string_value(json_object_get(j, "id_type"));
	char id[13];
	enum lr_id_kind k;

	if (s == NULL || (k = lr_id_read(s, id, NULL)) == LR_ID_BAD)
		return;
	if (k == LR_ID_CMND || (type != NULL && strcmp(type, "cmnd") == 0)) {
		if (e->old_id[0] != '\0' && strcmp(id, e->old_id) != 0)
			differ(disagree, "id_number", NULL, NULL);
	} else if (strcmp(id, e->id) != 0)
		differ(disagree, "id_number", NULL, NULL);
}

int
lr_owner_enrich(json_t *j, const lr_entry *e, json_t *disagree)
{
	int n = 0;

	if (!json_is_object(j))
		return 0;
	n += take(j, "citizen_id", json_string(e->id));
	n += enrich_birth(j, e, disagree);
	n += enrich_sex(j, e, disagree);
	check_id(j, e, disagree);
	if (unset(j, "address") && e->address[0] != '\0')
		n += take(j, "address", json_string(e->address));
	return n;
}
