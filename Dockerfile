# One image per service, from the fat jar `mvn package` built: docker compose passes SERVICE (the module name).
FROM eclipse-temurin:25-jre
ARG SERVICE
ARG VERSION=0.1.0-SNAPSHOT
COPY services/${SERVICE}/target/${SERVICE}-${VERSION}.jar /app/service.jar
# the JVM options ./recovery up uses (heap cap, collector, compiler: see the files); JAVA_OPTS adds to them
COPY services/service-jvm.options /app/jvm.options
COPY services/${SERVICE}/jvm.options /app/own-jvm.options
ENV MALLOC_ARENA_MAX=2 JAVA_OPTS=""
USER 10001
ENTRYPOINT ["sh", "-c", "exec java $(cat /app/jvm.options /app/own-jvm.options | grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$') $JAVA_OPTS -jar /app/service.jar"]
