/* People as record linkage compares them: name keys, birth, sex, IDs. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "person.h"

#define MAXTOK 16

/* Split s in place on spaces; up to MAXTOK words into w.  Returns how many. */
static int
split_words(char *s, char **w)
{
	int n = 0;
	char *save = NULL;

	for (char *t = strtok_r(s, " \t\r\n", &save); t != NULL && n < MAXTOK;
	    t = strtok_r(NULL, " \t\r\n", &save))
		w[n++] = t;
	return n;
}

/* Words skipped at the start of a name, and the sex they say. */
static int
title_words(char **w, int n, int *sex)
{
	int skip = 0;

	*sex = 0;
	if (n > 2 && strcmp(w[0], "hộ") == 0)
		skip = 1;
	if (n - skip > 1 && strcmp(w[skip], "ông") == 0)
		*sex = 'M';
	else if (n - skip > 1 && strcmp(w[skip], "bà") == 0)
		*sex = 'F';
	else
		return 0;
	return skip + 1;
}

/* Join words w[from..to) with spaces into out of size n. */
static void
join(char *out, size_t n, char **w, int from, int to)
{
	size_t o = 0;

	out[0] = '\0';
	for (int i = from; i < to && o < n; i++)
		o += (size_t)snprintf(out + o, n - o, "%s%s", i > from ? " " : "",
		    w[i]);
}

/* Fill the parts of key k from the words of one folded form. */
static void
set_parts(lr_person *p, int k, char **w, int n)
{
	snprintf(p->family[k], LR_PART_MAX, "%s", n > 1 ? w[0] : "");
	snprintf(p->given[k], LR_PART_MAX, "%s", n > 0 ? w[n - 1] : "");
	join(p->middle[k], LR_MIDDLE_MAX, w, 1, n - 1);
	if (k == LR_KEY_ASCII)
		snprintf(p->middle_last, LR_PART_MAX, "%s", n > 2 ? w[n - 2] : "");
}

int
lr_person_set_name(lr_person *p, const char *full_name)
{
	char *(*const fold[LR_NKEYS])(const char *) = {
		lr_lower, lr_toneless, lr_ascii
	};
	char *w[MAXTOK];
	int n, skip = 0, sex = 0;

	for (int k = 0; k < LR_NKEYS; k++) {
		char *f = fold[k](full_name);
		if (f == NULL)
			return -1;
		n = split_words(f, w);
		if (k == LR_KEY_LOW)
			skip = title_words(w, n, &sex);
		set_parts(p, k, w + skip, n - skip);
		free(f);
	}
	return p->given[LR_KEY_LOW][0] == '\0' ? -1 : sex;
}

int
lr_person_name_sex(const lr_person *p)
{
	const char *m = p->middle[LR_KEY_LOW];

	if (strncmp(m, "thị", strlen("thị")) == 0)
		return 'F';
	if (strncmp(m, "văn", strlen("văn")) == 0)
		return 'M';
	if (strcmp(m, "a") == 0 || strncmp(m, "a ", 2) == 0)
		return 'M';
	return 0;
}

/* The village types an address may start with (ASCII skeletons), longest
 * first, each with the type a numbered village keeps in its key ("tổ dân
 * phố 5" is "tổ 5", never "thôn 5"). */
static const char *const village_types[][2] = {
	{ "to dan pho ", "to" }, { "tieu khu ", "khu" }, { "ban ", "ban" },
	{ "thon ", "thon" }, { "xom ", "xom" }, { "khoi ", "khoi" },
	{ "doi ", "doi" }, { "lang ", "lang" }, { "khu ", "khu" },
	{ "pho ", "pho" }, { "ap ", "ap" }, { "to ", "to" }, { NULL, NULL }
};

/* The village key of the ASCII words first: its name after the type; a
 * number keeps its type, so "tổ 2" and "thôn 2" of one commune differ. */
static void
village_key(char village[LR_PART_MAX], const char *first)
{
	for (int i = 0; village_types[i][0] != NULL; i++) {
		size_t len = strlen(village_types[i][0]);
		const char *name = first + len;
		if (strncmp(first, village_types[i][0], len) != 0)
			continue;
		if (*name >= '0' && *name <= '9')
			snprintf(village, LR_PART_MAX, "%s %s",
			    village_types[i][1], name);
		else
			snprintf(village, LR_PART_MAX, "%s", name);
		return;
	}
}

/* Is w a house number: a digit first ("12", "12a", "12/3")? */
static int
house_number(const char *w)
{
	return w[0] >= '0' && w[0] <= '9';
}

/* The words of a street type at w[i..n-1] ("đường", "phố", "đ.", "đại
 * lộ"): how many, or 0. */
static int
street_type(char **w, int i, int n)
{
	if (i >= n)
		return 0;
	if (strcmp(w[i], "duong") == 0 || strcmp(w[i], "pho") == 0 ||
	    strcmp(w[i], "d.") == 0)
		return 1;
	return i + 1 < n && strcmp(w[i], "dai") == 0 &&
	    strcmp(w[i + 1], "lo") == 0 ? 2 : 0;
}

/* One comma-separated part of an address (ASCII words w[0..n-1]): its
 * street into street and house number into house when it names a street
 * ("số nhà 12 đường Trần Phú", "số 12 Trần Phú", "đường Trần Phú"); a
 * part that is only a number ("số 12") leaves it in house for the next.
 * Returns 1 when it named a street. */
static int
street_part(char **w, int n, char street[LR_PART_MAX], char house[16])
{
	int i = 0, typed, numbered = 0;

	if (i < n && (strcmp(w[i], "so") == 0 || strcmp(w[i], "sn") == 0))
		i++;
	if (i > 0 && i < n && strcmp(w[i], "nha") == 0)
		i++;
	if (i < n && house_number(w[i])) {
		snprintf(house, 16, "%s", w[i++]);
		numbered = 1;
	} else if (i > 0)
		return 0;	/* "số" and no number */
	typed = street_type(w, i, n);
	if ((typed == 0 && !numbered) || i + typed >= n)
		return 0;
	join(street, LR_PART_MAX, w, i + typed, n);
	return 1;
}

/* Does the ASCII part of an address name a commune or a unit above it
 * ("xa ...", "phuong ...", "huyen ...")?  No village follows one. */
static int
unit_part(const char *part)
{
	static const char *const units[] = { "xa ", "phuong ", "thi tran ",
	    "thi xa ", "huyen ", "quan ", "tinh ", "thanh pho ", "tp ", NULL };

	for (int i = 0; units[i] != NULL; i++)
		if (strncmp(part, units[i], strlen(units[i])) == 0)
			return 1;
	return 0;
}

/* Does the ASCII part of an address name a street ("phố Huế", "số 12
 * Trần Phú")? */
static int
names_street(const char *part)
{
	char buf[256], street[LR_PART_MAX], house[16], *w[MAXTOK];

	snprintf(buf, sizeof(buf), "%s", part);
	house[0] = '\0';
	return street_part(w, split_words(buf, w), street, house);
}

/* The village key of address into village ("" when none): of the first
 * part (between commas) before the commune that starts with a village
 * type, wherever it stands ("số 12 Trần Phú, tổ 5, phường Tân Thanh");
 * a part after the first that names a street ("phố Huế") is no village.
 * Returns the index of the village's part, or -1. */
static int
village_of(char village[LR_PART_MAX], const char *address)
{
	char buf[256], *a, *part, *save = NULL, *w[MAXTOK];
	int k = 0, found = -1;

	village[0] = '\0';
	if (address == NULL || (a = lr_ascii(address)) == NULL)
		return -1;
	for (part = strtok_r(a, ",;", &save); part != NULL && found < 0;
	    part = strtok_r(NULL, ",;", &save), k++) {
		join(buf, sizeof(buf), w, 0, split_words(part, w));
		if (unit_part(buf))
			break;
		if (k > 0 && names_street(buf))
			continue;
		village_key(village, buf);
		if (village[0] != '\0')
			found = k;
	}
	free(a);
	return found;
}

/* Can address name a street: a digit, a street type's letters ("đường",
 * "phố", "đại lộ", "đ." in either case), or combining marks (text not in
 * NFC)?  A quick test that spares folding most village addresses. */
static int
may_name_street(const char *a)
{
	static const char *const marks[] = { "ường", "ƯỜNG", "hố", "HỐ",
	    "ại lộ", "ẠI LỘ", "đ.", "Đ.", "\xcc", "\xcd" };

	if (strpbrk(a, "0123456789") != NULL)
		return 1;
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (strstr(a, marks[i]) != NULL)
			return 1;
	return 0;
}

/* The street and house number of address into street and house ("" when
 * it names none), from the parts other than its village's. */
static void
street_of(char street[LR_PART_MAX], char house[16], const char *address)
{
	char *a, *part, *save = NULL, *w[MAXTOK], village[LR_PART_MAX];
	int k = 0, vpart;

	street[0] = house[0] = '\0';
	if (address == NULL || !may_name_street(address) ||
	    (a = lr_ascii(address)) == NULL)
		return;
	vpart = village_of(village, address);
	for (part = strtok_r(a, ",;", &save); part != NULL;
	    part = strtok_r(NULL, ",;", &save), k++) {
		char buf[256];
		snprintf(buf, sizeof(buf), "%s", part);
		if (k == vpart ||
		    street_part(w, split_words(buf, w), street, house) == 0)
			continue;
		break;
	}
	if (street[0] == '\0')
		house[0] = '\0';
	free(a);
}

void
lr_person_set_village(lr_person *p, const char *address)
{
	village_of(p->village, address);
	street_of(p->street, p->house, address);
}

void
lr_person_set_street(lr_person *p, const char *address)
{
	street_of(p->street, p->house, address);
}

void
lr_person_set_parcel(lr_person *p, const char *commune, const char *address)
{
	snprintf(p->parcel_commune, sizeof(p->parcel_commune), "%s",
	    commune != NULL && strlen(commune) < sizeof(p->parcel_commune) ?
	    commune : "");
	village_of(p->parcel_village, address);
	street_of(p->parcel_street, p->parcel_house, address);
}

/* 1 when y-m-d is a real date. */
static int
valid_date(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
		30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (y < 1880 || y > 2100 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] && !(m == 2 && d == 29 && !leap);
}

int
lr_person_set_birth(lr_person *p, const char *s)
{
	int y, m, d, end = 0;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &end) == 3 && s[end] == '\0')
		;
	else if (sscanf(s, "%2d/%2d/%4d%n", &d, &m, &y, &end) == 3 &&
	    s[end] == '\0')
		;
	else if (strlen(s) == 4 && sscanf(s, "%4d%n", &y, &end) == 1 &&
	    end == 4 && valid_date(y, 1, 1)) {
		p->birth_year = y;
		p->birth_date[0] = '\0';
		return 0;
	} else
		return -1;
	if (!valid_date(y, m, d))
		return -1;
	p->birth_year = y;
	snprintf(p->birth_date, sizeof(p->birth_date), "%04u-%02u-%02u",
	    (unsigned)y % 10000, (unsigned)m % 100, (unsigned)d % 100);
	return 0;
}

int
lr_person_set_id(lr_person *p, const char *s)
{
	char out[13];
	enum lr_id_kind k = lr_id_read(s, out, NULL);

	if (k == LR_ID_CCCD) {
		memcpy(p->id, out, sizeof(out));
		p->id_suspect = lr_id_check(out, p->birth_year, p->sex) != 0;
	} else if (k == LR_ID_CMND)
		memcpy(p->old_id, out, sizeof(out));
	return (int)k;
}

void
lr_person_place(lr_person *p, const lr_units *units)
{
	const char *commune;

	p->district = p->province = NULL;
	if (units == NULL || p->commune[0] == '\0' ||
	    lr_units_names(units, p->commune, LR_ERA_ANY, &commune,
	    &p->district, &p->province) != 0)
		p->district = p->province = NULL;
}

int
lr_person_commune_is(const lr_person *p, const char *code)
{
	if (p->commune[0] == '\0' || code == NULL || code[0] == '\0')
		return 0;
	if (strcmp(p->commune, code) == 0)
		return 1;
	for (int i = 0; i < LR_BECAME_MAX && p->became[i][0] != '\0'; i++)
		if (strcmp(p->became[i], code) == 0)
			return 2;
	return 0;
}
