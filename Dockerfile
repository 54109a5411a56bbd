# One image per service, from the fat jar `mvn package` built: docker compose passes SERVICE (the module name).
FROM eclipse-temurin:25-jre
ARG SERVICE
ARG VERSION=0.1.0-SNAPSHOT
COPY services/${SERVICE}/target/${SERVICE}-${VERSION}.jar /app/service.jar
ENV JAVA_OPTS="-Xms32m -Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
USER 10001
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/service.jar"]
