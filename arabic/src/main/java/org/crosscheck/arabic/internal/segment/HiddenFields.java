package org.crosscheck.arabic.internal.segment;

import java.lang.reflect.Field;
import org.crosscheck.ExtractionException;

/**
 * Reads a field CoreNLP 4.5.10 keeps private (its segmenter's classifier, the classifier's weights and indices). Read
 * once, when the segmenter is built; a CoreNLP whose fields differ fails there, with the field's name. Stateless.
 */
final class HiddenFields {

  private HiddenFields() {}

  static Object read(Class<?> owner, Object instance, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(instance);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtractionException(owner.getSimpleName() + "." + name + " could not be read: not CoreNLP 4.5.10?", e);
    }
  }
}
