/* stride-context.c — what the app's pages work on, handed down instead of looked up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-context.h"

struct _StrideContext
{
  GObject             parent_instance;

  StrideContent      *content;
  StrideHistory      *history;
  StrideRoutineStore *routine_store;
  GSettings          *settings;
  GObject            *cues;
};

G_DEFINE_FINAL_TYPE (StrideContext, stride_context, G_TYPE_OBJECT)

static void
stride_context_dispose (GObject *object)
{
  StrideContext *self = STRIDE_CONTEXT (object);

  g_clear_pointer (&self->content, stride_content_unref);
  g_clear_object (&self->history);
  g_clear_object (&self->routine_store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cues);

  G_OBJECT_CLASS (stride_context_parent_class)->dispose (object);
}

static void
stride_context_class_init (StrideContextClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stride_context_dispose;
}

static void
stride_context_init (StrideContext *self)
{
}

StrideContext *
stride_context_new (StrideContent      *content,
                    StrideHistory      *history,
                    StrideRoutineStore *routine_store,
                    GSettings          *settings,
                    GObject            *cues)
{
  StrideContext *self;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (routine_store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (G_IS_OBJECT (cues), NULL);

  self = g_object_new (STRIDE_TYPE_CONTEXT, NULL);
  self->content = stride_content_ref (content);
  self->history = g_object_ref (history);
  self->routine_store = g_object_ref (routine_store);
  self->settings = g_object_ref (settings);
  self->cues = g_object_ref (cues);
  return self;
}

StrideContent *
stride_context_get_content (StrideContext *self)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (self), NULL);

  return self->content;
}

StrideHistory *
stride_context_get_history (StrideContext *self)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (self), NULL);

  return self->history;
}

StrideRoutineStore *
stride_context_get_routine_store (StrideContext *self)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (self), NULL);

  return self->routine_store;
}

GSettings *
stride_context_get_settings (StrideContext *self)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (self), NULL);

  return self->settings;
}

GObject *
stride_context_get_cues (StrideContext *self)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (self), NULL);

  return self->cues;
}
