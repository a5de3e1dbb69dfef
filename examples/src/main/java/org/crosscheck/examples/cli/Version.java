package org.crosscheck.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build wrote into the jar's manifest, so that it is always the pom's. */
final class Version implements IVersionProvider {

  /** The version from the manifest, or a note that the classes do not come from a built jar. */
  static String get() {
    String v = CrosscheckCli.class.getPackage().getImplementationVersion();
    return v == null ? "(development build: no version in the manifest)" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"crosscheck " + get()};
  }
}
