/* People as record linkage compares them: a name split into family, middle
 * and given parts with their folded keys, birth, sex, IDs, commune, village.
 * Both sides of a comparison (an owner read off a scan, a citizen of the
 * registry) are put in this one form. */
#ifndef LR_PERSON_H
#define LR_PERSON_H

#include <stddef.h>

#include "text/text.h"

/* The forms of a name part: lower case NFC, toneless, ASCII skeleton. */
enum { LR_KEY_LOW, LR_KEY_TONELESS, LR_KEY_ASCII, LR_NKEYS };

#define LR_PART_MAX 64		/* bytes of a family or given name key */
#define LR_MIDDLE_MAX 128	/* bytes of the middle names key */
#define LR_BECAME_MAX 4		/* current communes an old one became */

/* Plain data; fill it with the lr_person_* functions or directly. */
typedef struct lr_person {
	char id[13];		/* 12-digit personal ID, or "" */
	char old_id[13];	/* old 9-digit (or 12-digit) ID, or "" */
	int id_suspect;		/* the ID disagrees with the birth year or sex */
	char family[LR_NKEYS][LR_PART_MAX];
	char middle[LR_NKEYS][LR_MIDDLE_MAX];	/* middle names, space-joined */
	char given[LR_NKEYS][LR_PART_MAX];
	char middle_last[LR_PART_MAX];	/* ASCII key of the last middle name */
	int birth_year;		/* 0: unknown */
	char birth_date[11];	/* yyyy-mm-dd, or "" */
	char died[11];		/* date of death, yyyy-mm-dd or yyyy, or "" */
	int sex;		/* 'M', 'F', or 0: unknown */
	char commune[8];	/* 5-digit code, or "" */
	/* When commune is a code from before July 2025 read off an old
	 * decision: the current codes it became (see lr_owner_in_decision());
	 * else all "". */
	char became[LR_BECAME_MAX][8];
	/* Date of the owner's decision, "yyyy-mm-dd" (or "yyyy" when only
	 * its year is known), or "": unknown. */
	char decided[11];
	char village[LR_PART_MAX];	/* ASCII key of the village, or "" */
	/* Where the owner's parcel lies (lr_person_set_parcel()): its
	 * commune code and village key, or "". */
	char parcel_commune[8];
	char parcel_village[LR_PART_MAX];
	/* The street (ASCII key of its name) and house number an address
	 * gives in a town (lr_person_set_street()), the owner's and its
	 * parcel's, or "". */
	char street[LR_PART_MAX], house[16];
	char parcel_street[LR_PART_MAX], parcel_house[16];
	/* The district and province names of commune (borrowed from the
	 * units given to lr_person_place()), or NULL when unknown; a
	 * commune of July 2025 on has no district. */
	const char *district, *province;
	/* An organisation holding land (an owner read with "organisation":
	 * true): not a person, so never looked up among citizens. */
	int organisation;
} lr_person;

/* Split full_name (UTF-8) into family (first word), middle and given (last
 * word) with their three keys each; a leading "ông", "bà", "hộ ông"... is
 * dropped and its sex returned.  Returns 'M', 'F', 0 (no title), or -1
 * when the name is not valid UTF-8 or is empty. */
int lr_person_set_name(lr_person *p, const char *full_name);

/* The sex a name suggests: middle "Văn" or Mông "A" male, "Thị" female;
 * 0 when it says nothing. */
int lr_person_name_sex(const lr_person *p);

/* Set the village key from an address whose first comma-separated part
 * names a village ("bản Co Mận, xã ..."; bản, thôn, xóm, tổ, tổ dân phố,
 * khối, tiểu khu, đội, ấp, làng, khu, phố), and the street as
 * lr_person_set_street().  Leaves "" when there is none. */
void lr_person_set_village(lr_person *p, const char *address);

/* Set the street and house number from the first part of address (after
 * one that names a village) that names a street: "số nhà 12, đường Trần
 * Phú, ..." or "số 12 Trần Phú" (street "tran phu", house "12"), "đường
 * Trần Phú" (no house), "đ.", "phố", "đại lộ".  Leaves "" when there is
 * none. */
void lr_person_set_street(lr_person *p, const char *address);

/* Set where p's parcel lies: its commune code (NULL: unknown) and the
 * village key and street of its address (as lr_person_set_village()). */
void lr_person_set_parcel(lr_person *p, const char *commune,
    const char *address);

/* Parse a birth date "yyyy-mm-dd", "dd/mm/yyyy", "d/m/yyyy" or a bare year
 * "yyyy" into p.  Returns 0, or -1 (p unchanged) when it is none of these or
 * not a real date. */
int lr_person_set_birth(lr_person *p, const char *s);

/* Set a personal ID (12 digits) or an old ID (9 digits) read as printed,
 * with OCR repair; the ID is checked against p's birth year and sex, which
 * should be set first.  Returns the kind as lr_id_read(). */
int lr_person_set_id(lr_person *p, const char *s);

/* How p's commune stands to the commune code: 1 the same code (a
 * registry of either era), 2 p's old commune became code in July 2025,
 * else 0 (or a side is unknown). */
int lr_person_commune_is(const lr_person *p, const char *code);

/* Set p's district and province from its commune code through units (a
 * code of either era; units may be NULL): both NULL when unknown.  The
 * names are borrowed from units, which must outlive p's use. */
void lr_person_place(lr_person *p, const lr_units *units);

#endif
