package org.projectnexus;

import java.util.List;
import org.projectnexus.imports.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NexusApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            // A client of a running Nexus: no application context of its own.
            System.exit(ImportCommand.run(
                    List.of(args).subList(1, args.length), System.out, System.err, NexusApplication.class));
        }
        SpringApplication.run(NexusApplication.class, args);
    }
}
