/* stride-media-chapter.c — one entry of a clip's table of contents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "stride-media-chapter.h"

struct _StrideMediaChapter
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  gint64   start;
  gint64   end;
};

G_DEFINE_FINAL_TYPE (StrideMediaChapter, stride_media_chapter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_START,
  PROP_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
stride_media_chapter_finalize (GObject *object)
{
  StrideMediaChapter *self = STRIDE_MEDIA_CHAPTER (object);

  g_free (self->id);
  g_free (self->title);

  G_OBJECT_CLASS (stride_media_chapter_parent_class)->finalize (object);
}

static void
stride_media_chapter_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StrideMediaChapter *self = STRIDE_MEDIA_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_START:
      g_value_set_int64 (value, self->start);
      break;
    case PROP_END:
      g_value_set_int64 (value, self->end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_media_chapter_class_init (StrideMediaChapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stride_media_chapter_finalize;
  object_class->get_property = stride_media_chapter_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] = g_param_spec_int64 ("start", NULL, NULL, 0, G_MAXINT64, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] = g_param_spec_int64 ("end", NULL, NULL, -1, G_MAXINT64, -1,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_media_chapter_init (StrideMediaChapter *self)
{
}

StrideMediaChapter *
stride_media_chapter_new (const char *id,
                          const char *title,
                          gint64      start,
                          gint64      end)
{
  StrideMediaChapter *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_MEDIA_CHAPTER, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title != NULL ? title : id);
  self->start = MAX (start, 0);
  self->end = end;
  return self;
}

const char *
stride_media_chapter_get_id (StrideMediaChapter *self)
{
  g_return_val_if_fail (STRIDE_IS_MEDIA_CHAPTER (self), NULL);

  return self->id;
}

const char *
stride_media_chapter_get_title (StrideMediaChapter *self)
{
  g_return_val_if_fail (STRIDE_IS_MEDIA_CHAPTER (self), NULL);

  return self->title;
}

gint64
stride_media_chapter_get_start (StrideMediaChapter *self)
{
  g_return_val_if_fail (STRIDE_IS_MEDIA_CHAPTER (self), 0);

  return self->start;
}

gint64
stride_media_chapter_get_end (StrideMediaChapter *self)
{
  g_return_val_if_fail (STRIDE_IS_MEDIA_CHAPTER (self), -1);

  return self->end;
}

gboolean
stride_media_chapter_contains (StrideMediaChapter *self,
                               gint64              position)
{
  g_return_val_if_fail (STRIDE_IS_MEDIA_CHAPTER (self), FALSE);

  return position >= self->start && (self->end < 0 || position < self->end);
}
