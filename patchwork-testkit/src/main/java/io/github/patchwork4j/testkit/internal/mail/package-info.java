/**
 * Mail in: raw messages read as Patchwork 3.2.1's parser reads them ({@link
 * io.github.patchwork4j.testkit.internal.mail.MailParser}, pure) and filed into a server's data
 * through {@link io.github.patchwork4j.testkit.internal.mail.Intake} and the narrow {@link
 * io.github.patchwork4j.testkit.internal.mail.MailStore} the engine implements. Not public API.
 */
package io.github.patchwork4j.testkit.internal.mail;
