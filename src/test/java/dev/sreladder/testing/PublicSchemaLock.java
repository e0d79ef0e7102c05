package dev.sreladder.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds a lock file in the build for a test class's whole run, so the classes that empty the test
 * server's public schema first (the PostgreSQL storage tests) never overlap when the build runs two
 * test JVMs at once. Within one JVM, classes run one after another anyway.
 */
public final class PublicSchemaLock implements BeforeAllCallback, AfterAllCallback {

    private static final Path FILE = Path.of("target", "postgres-public-schema.lock");
    private static final ExtensionContext.Namespace HELD = ExtensionContext.Namespace.create(PublicSchemaLock.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Files.createDirectories(FILE.getParent());
        FileChannel channel = FileChannel.open(FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        context.getStore(HELD).put(context.getRequiredTestClass(), channel.lock());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        FileLock lock = context.getStore(HELD).remove(context.getRequiredTestClass(), FileLock.class);
        if (lock != null) {
            lock.release();
            lock.channel().close();
        }
    }
}
