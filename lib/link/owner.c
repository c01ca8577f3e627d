/* Owner records read for record linkage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "owner.h"

static const char *
str(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* Birth and sex of an owner record into p. */
static void
owner_birth_sex(const json_t *j, lr_person *p, int title_sex)
{
	const char *s = str(j, "birth_date");
	json_int_t y = json_integer_value(json_object_get(j, "birth_year"));

	if (s == NULL || lr_person_set_birth(p, s) != 0)
		p->birth_year = y > 1880 && y < 2100 ? (int)y : 0;
	if ((s = str(j, "gender")) != NULL)
		p->sex = lr_parse_sex(s);
	if (p->sex == 0)
		p->sex = title_sex > 0 ? title_sex : lr_person_name_sex(p);
}

/* The owner's ID.  Returns 0, or LR_OWNER_BAD_ID. */
static int
owner_id(const json_t *j, lr_person *p)
{
	const char *s = str(j, "id_number"), *type = str(j, "id_type");
	lr_id_parts parts;
	int kind;

	if (s == NULL || s[strspn(s, " \t")] == '\0')
		return 0;
	kind = lr_person_set_id(p, s);
	if (kind == LR_ID_CCCD && type != NULL && strcmp(type, "cmnd") == 0) {
		memcpy(p->old_id, p->id, sizeof(p->old_id));
		p->id[0] = '\0';
	}
	if (p->sex == 0 && p->id[0] && lr_id_parts_of(p->id, &parts) == 0)
		p->sex = parts.sex;
	return kind == LR_ID_BAD ? LR_OWNER_BAD_ID : 0;
}

int
lr_owner_read(const json_t *j, lr_person *p)
{
	const char *name = str(j, "name"), *s;
	int title_sex;

	memset(p, 0, sizeof(*p));
	if (name == NULL || (title_sex = lr_person_set_name(p, name)) < 0)
		return LR_OWNER_NO_NAME;
	if (json_is_true(json_object_get(j, "organisation"))) {
		p->organisation = 1;
		return 0;
	}
	owner_birth_sex(j, p, title_sex);
	if ((s = str(j, "commune_code")) != NULL)
		snprintf(p->commune, sizeof(p->commune), "%s", s);
	lr_person_set_village(p, str(j, "address"));
	return owner_id(j, p);
}

void
lr_owner_parcel(lr_person *p, const json_t *parcels, size_t i)
{
	const json_t *pc, *h;
	size_t k;

	p->parcel_commune[0] = p->parcel_village[0] = '\0';
	json_array_foreach(parcels, k, pc) {
		h = json_object_get(pc, "holder");
		if (json_is_integer(h) && json_integer_value(h) != (json_int_t)i)
			continue;
		lr_person_set_parcel(p, str(pc, "commune_code"),
		    str(pc, "address"));
		return;
	}
}

void
lr_owner_in_decision(lr_person *p, const lr_units *units, const char *date)
{
	const char *now[LR_BECAME_MAX];
	int n = 0;

	memset(p->became, 0, sizeof(p->became));
	p->decided[0] = '\0';
	if (lr_units_era(date) != LR_ERA_ANY)
		snprintf(p->decided, sizeof(p->decided), "%.10s", date);
	if (units != NULL && p->commune[0] != '\0' &&
	    lr_units_era(date) != LR_ERA_NEW)
		n = lr_units_current(units, p->commune, now, LR_BECAME_MAX);
	for (int i = 0; i < n && i < LR_BECAME_MAX; i++)
		snprintf(p->became[i], sizeof(p->became[i]), "%s", now[i]);
}

/* Does the committee issuer (ASCII folded) govern a commune: "ủy ban nhân
 * dân xã ...", "UBND phường ...", "... thị trấn ..."? */
static int
commune_committee(const char *issuer)
{
	static const char *const kind[] = { "nhan dan xa ", "nhan dan phuong ",
	    "nhan dan thi tran ", "ubnd xa ", "ubnd phuong ", "ubnd thi tran " };

	for (size_t i = 0; i < sizeof(kind) / sizeof(kind[0]); i++)
		if (strstr(issuer, kind[i]) != NULL)
			return 1;
	return 0;
}

const char *
lr_decision_place(const json_t *decision, const lr_units *u)
{
	const char *title = str(decision, "title"), *issuer, *at, *code = NULL;
	enum lr_era era = lr_units_era(str(decision, "date"));
	char *folded;
	int ambiguous;

	if (u == NULL)
		return NULL;
	if (title != NULL && (at = strstr(title, " tại ")) != NULL &&
	    (code = lr_units_find(u, at + strlen(" tại "), NULL, era,
	    &ambiguous)) != NULL)
		return code;
	if ((issuer = str(decision, "issuer")) == NULL ||
	    (folded = lr_ascii(issuer)) == NULL)
		return NULL;
	if (commune_committee(folded))
		code = lr_units_find(u, issuer, NULL, era, &ambiguous);
	free(folded);
	return code;
}
