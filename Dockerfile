# DriftGraph as a container, for docker-compose.yml: built with the project's Maven wrapper on a JDK, run on a JRE as
# a user without privileges. It talks to the Neo4j named by NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.

FROM eclipse-temurin:17.0.15_6-jdk-noble AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
# Dependencies first, so that a change in the sources does not download them again.
RUN ./mvnw -B -q dependency:go-offline
COPY cypher cypher
COPY src src
RUN ./mvnw -B -q package -Dmaven.test.skip=true

FROM eclipse-temurin:17.0.15_6-jre-noble
RUN useradd --system --uid 10001 --no-create-home driftgraph
COPY --from=build /build/target/driftgraph.jar /app/driftgraph.jar
USER driftgraph
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/driftgraph.jar"]
