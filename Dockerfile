# One image per service, from the fat jar `mvn package` built: docker compose passes SERVICE (the module name).
FROM eclipse-temurin:25-jre
ARG SERVICE
ARG VERSION=0.1.0-SNAPSHOT
COPY services/${SERVICE}/target/${SERVICE}-${VERSION}.jar /app/service.jar
# the JVM options ./recovery up uses (heap cap, collector: see the file); JAVA_OPTS adds to them
COPY services/service-jvm.options /app/jvm.options
ENV MALLOC_ARENA_MAX=2 JAVA_OPTS=""
USER 10001
ENTRYPOINT ["sh", "-c", "exec java $(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' /app/jvm.options) $JAVA_OPTS -jar /app/service.jar"]
