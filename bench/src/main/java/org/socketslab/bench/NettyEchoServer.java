package org.socketslab.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The same upper-casing echo, written the way a Netty user would, on one NIO event loop: the same
 * JDK Selector and the same one thread as SelectorEchoServer, so the comparison is of the code.
 */
final class NettyEchoServer {
    private NettyEchoServer() {
    }

    @Sharable
    private static final class UppercaseEcho extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            for (int i = buf.readerIndex(); i < buf.writerIndex(); i++) {
                byte b = buf.getByte(i);
                if (b >= 'a' && b <= 'z') {
                    buf.setByte(i, b - ('a' - 'A'));
                }
            }
            ctx.write(buf); // the buffer goes back out and is released once written
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush(); // one flush per batch of reads, Netty's usual pattern
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    static int start(InetAddress bind, int eventLoops) throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(eventLoops, NioIoHandler.newFactory());
        UppercaseEcho handler = new UppercaseEcho();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(handler);
        InetSocketAddress bound = (InetSocketAddress) bootstrap.bind(bind, 0).sync().channel().localAddress();
        return bound.getPort();
    }
}
