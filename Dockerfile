# masterplan in a container, for cities whose CI or laptops cannot reach the npm registry:
# build the image once where the registry is reachable, push it to the city's registry.
#
#   docker build -t masterplan .
#   docker run --rm -v "$PWD:/book" masterplan check
#   docker run --rm -v "$PWD:/book" masterplan build
#   docker run --rm -it -p 4321:4321 -v "$PWD:/book" masterplan serve --host 0.0.0.0
FROM node:24-bookworm-slim AS package
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm pack --ignore-scripts --pack-destination /tmp

FROM node:24-bookworm-slim
# git for `check --changed`. The book is mounted from the host and owned by another user
# than the container's: git would refuse it ("dubious ownership") without safe.directory.
RUN apt-get update \
 && apt-get install -y --no-install-recommends git ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && git config --system --add safe.directory '*'
COPY --from=package /tmp/masterplan-*.tgz /tmp/
RUN npm install --global --no-audit --no-fund /tmp/masterplan-*.tgz \
 && rm /tmp/masterplan-*.tgz \
 && npm cache clean --force
WORKDIR /book
EXPOSE 4321
ENTRYPOINT ["masterplan"]
CMD ["check"]
