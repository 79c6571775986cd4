/* stride-page.c — a top-level page of the main window
 *
 * The window shows one header bar for all pages: a page tells it its title and
 * whether it has somewhere to go back to, and the window's back button calls
 * go_back() before it folds back to the sidebar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "stride-page.h"

typedef struct
{
  StrideContext *context;
  char     *title;
  char     *subtitle;
  gboolean  can_go_back;
} StridePagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (StridePage, stride_page, ADW_TYPE_BIN)

/* g_set_str() is GLib 2.76; the baseline is 2.74. */
static gboolean
replace_string (char       **slot,
                const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_CAN_GO_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
stride_page_finalize (GObject *object)
{
  StridePagePrivate *priv = stride_page_get_instance_private (STRIDE_PAGE (object));

  g_clear_object (&priv->context);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->subtitle, g_free);

  G_OBJECT_CLASS (stride_page_parent_class)->finalize (object);
}

static void
stride_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  StridePage *self = STRIDE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, stride_page_get_context (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, stride_page_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, stride_page_get_subtitle (self));
      break;
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, stride_page_get_can_go_back (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  StridePage *self = STRIDE_PAGE (object);
  StridePagePrivate *priv = stride_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;
    case PROP_TITLE:
      stride_page_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      stride_page_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_CAN_GO_BACK:
      stride_page_set_can_go_back (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_page_class_init (StridePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stride_page_finalize;
  object_class->get_property = stride_page_get_property;
  object_class->set_property = stride_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, STRIDE_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_page_init (StridePage *self)
{
}

StrideContext *
stride_page_get_context (StridePage *self)
{
  StridePagePrivate *priv = stride_page_get_instance_private (self);

  g_return_val_if_fail (STRIDE_IS_PAGE (self), NULL);

  return priv->context;
}

const char *
stride_page_get_title (StridePage *self)
{
  StridePagePrivate *priv = stride_page_get_instance_private (self);

  g_return_val_if_fail (STRIDE_IS_PAGE (self), NULL);

  return priv->title;
}

void
stride_page_set_title (StridePage *self,
                       const char *title)
{
  StridePagePrivate *priv = stride_page_get_instance_private (self);

  g_return_if_fail (STRIDE_IS_PAGE (self));

  if (replace_string (&priv->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
stride_page_get_subtitle (StridePage *self)
{
  StridePagePrivate *priv = stride_page_get_instance_private (self);

  g_return_val_if_fail (STRIDE_IS_PAGE (self), NULL);

  return priv->subtitle;
}

void
stride_page_set_subtitle (StridePage *self,
                          const char *subtitle)
{
  StridePagePrivate *priv = stride_page_get_instance_private (self);

  g_return_if_fail (STRIDE_IS_PAGE (self));

  if (replace_string (&priv->subtitle, subtitle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

gboolean
stride_page_get_can_go_back (StridePage *self)
{
  StridePagePrivate *priv = stride_page_get_instance_private (self);

  g_return_val_if_fail (STRIDE_IS_PAGE (self), FALSE);

  return priv->can_go_back;
}

void
stride_page_set_can_go_back (StridePage *self,
                             gboolean    can_go_back)
{
  StridePagePrivate *priv = stride_page_get_instance_private (self);

  g_return_if_fail (STRIDE_IS_PAGE (self));

  can_go_back = !!can_go_back;
  if (priv->can_go_back == can_go_back)
    return;

  priv->can_go_back = can_go_back;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

void
stride_page_go_back (StridePage *self)
{
  StridePageClass *klass;

  g_return_if_fail (STRIDE_IS_PAGE (self));

  klass = STRIDE_PAGE_GET_CLASS (self);
  if (stride_page_get_can_go_back (self) && klass->go_back != NULL)
    klass->go_back (self);
}

gboolean
stride_page_open (StridePage *self,
                  const char *kind,
                  const char *id)
{
  StridePageClass *klass;

  g_return_val_if_fail (STRIDE_IS_PAGE (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  klass = STRIDE_PAGE_GET_CLASS (self);
  if (klass->open == NULL)
    return FALSE;

  return klass->open (self, kind, id);
}
