# syntax=docker/dockerfile:1

# --- build: compile and package the executable jar, then split it into layers -------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# Dependencies first, so code changes reuse this layer.
RUN ./mvnw -q dependency:go-offline
COPY src/ src/
# Tests run in CI against real services; the image build only packages.
RUN ./mvnw -q package -DskipTests \
    && java -Djarmode=tools -jar target/project-nexus-*.jar extract --layers --launcher --destination /extracted

# --- runtime: JRE only, non-root ----------------------------------------------------------------
FROM eclipse-temurin:25-jre
# The application runs as nexus and writes only to /data (its working directory and home, and the
# embedded PostgreSQL when there is no NEXUS_DATABASE_URL) and to /tmp. /app, the code, stays
# root's and read-only, so the root file system can be mounted read-only.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system nexus \
    && useradd --system --gid nexus --home-dir /data --shell /usr/sbin/nologin nexus \
    && mkdir -p /data \
    && chown nexus:nexus /data
WORKDIR /app
# Least to most often changed, one image layer each.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
WORKDIR /data
USER nexus
# Without NEXUS_DATABASE_URL the image runs on its embedded PostgreSQL, kept in this volume.
ENV NEXUS_DATABASE_EMBEDDED_DATA_DIRECTORY=/data/postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-cp", "/app", "org.springframework.boot.loader.launch.JarLauncher"]
