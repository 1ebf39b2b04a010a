package org.projectnexus.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The local Redis and RabbitMQ the tests talk to. A test that needs one runs when it answers; when
 * it does not, the test is skipped with the reason — except under CI ({@code CI=true}), where a
 * missing service is a failure.
 */
public final class LocalServices {

    private LocalServices() {}

    public static boolean rabbitMq() {
        return available("RabbitMQ", "127.0.0.1", 5672);
    }

    private static boolean available(String name, String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(
                        name + " is not running on " + host + ":" + port
                                + ", and CI=true makes that a failure (start it: see the machine notes)",
                        e);
            }
            System.err.println("Skipping: " + name + " is not running on " + host + ":" + port);
            return false;
        }
    }
}
