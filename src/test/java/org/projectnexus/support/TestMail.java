package org.projectnexus.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the whole test run, on one port that stays the same when a
 * test stops and restarts it (to make sending fail for a while).
 */
public final class TestMail {

    private static GreenMail server;
    private static int port;

    private TestMail() {}

    public static synchronized int port() {
        if (server == null) {
            port = freePort();
            start();
        }
        return port;
    }

    public static synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops the SMTP server: sending fails until {@link #start()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** Every message received so far, to this address. */
    public static List<MimeMessage> to(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Waits up to {@code timeout} for {@code count} messages to the address; returns what came. */
    public static List<MimeMessage> await(String address, int count, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        var received = to(address);
        while (received.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = to(address);
        }
        return received;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
