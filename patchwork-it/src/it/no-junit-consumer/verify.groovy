def log = new File(basedir, 'build.log').text
assert log.contains('FakePatchwork answered without JUnit') : 'the plain main ran against the fake'
def tree = new File(basedir, 'target/dependency-tree.txt').text
assert tree.contains('io.github.patchwork4j:patchwork-testkit') : tree
assert !tree.contains('org.junit') && !tree.contains('junit:junit') : 'JUnit in the dependency tree:\n' + tree
assert !tree.contains('patchwork-client') : 'patchwork-client in the dependency tree:\n' + tree
