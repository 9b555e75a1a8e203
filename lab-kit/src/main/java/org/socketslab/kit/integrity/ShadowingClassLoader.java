package org.socketslab.kit.integrity;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the chapter's own classes child-first from the given roots, in order, so that a reference
 * solution or a mistake placed before the main classes shadows the learner's starter of the same
 * name. Everything else (JUnit, AssertJ, lab-kit) comes from the parent, so annotations and
 * extensions stay the very classes the launcher knows.
 */
public final class ShadowingClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    public ShadowingClassLoader(List<Path> roots, ClassLoader parent) {
        super(toUrls(roots), parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                if (findResource(name.replace('.', '/') + ".class") != null) {
                    loaded = findClass(name);
                } else {
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private static URL[] toUrls(List<Path> roots) {
        URL[] urls = new URL[roots.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = roots.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(roots.get(i).toString(), e);
            }
        }
        return urls;
    }
}
